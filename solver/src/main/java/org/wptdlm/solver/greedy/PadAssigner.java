package org.wptdlm.solver.greedy;

import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Gives each session a pad for its whole stay: vehicles already parked keep their pad. Who else gets a
 * pad when pads are short is decided exactly by {@link IntervalSelection} (the most valuable set of
 * stays the pads can hold); the chosen sessions then take pads in arrival order, which always finds
 * one free for the whole stay, and any session left over takes a pad still free, heaviest priority
 * first. The pad a session takes is the one that charges it fastest, then the most efficient, then the
 * one on the least loaded circuit, then the one free the longest (earliest-free). A vehicle for which
 * no pad stays free is not served.
 */
final class PadAssigner {

    private final IndexedProblem problem;
    private final BitSet[] occupied;
    private final int[] freeSince;
    private final double[][] circuitDemandKw;

    PadAssigner(IndexedProblem problem) {
        this.problem = problem;
        occupied = new BitSet[problem.pads()];
        for (int p = 0; p < occupied.length; p++) {
            occupied[p] = new BitSet(problem.slots());
        }
        freeSince = new int[problem.pads()];
        circuitDemandKw = new double[problem.circuits()][problem.slots()];
    }

    void assign(Allocation allocation) {
        for (int s = 0; s < problem.sessions(); s++) {
            if (problem.fixedPad(s) >= 0 && problem.windowSlots(s) > 0) {
                occupy(allocation, s, problem.fixedPad(s));
            }
        }
        Comparator<Integer> byPriority = Comparator.<Integer>comparingInt(problem::weight).reversed()
                .thenComparing(Comparator.<Integer>comparingDouble(problem::criticalKwh).reversed())
                .thenComparingInt(problem::arrivalSlot)
                .thenComparing(Comparator.<Integer>comparingDouble(problem::energyKwh).reversed());
        int[] candidates = IntStream.range(0, problem.sessions())
                .filter(s -> problem.fixedPad(s) < 0 && problem.windowSlots(s) > 0 && problem.energyKwh(s) > 0)
                .boxed()
                .sorted(byPriority)
                .mapToInt(Integer::intValue)
                .toArray();
        boolean[] chosen = new IntervalSelection(problem).chosen(candidates);
        int[] byArrival = IntStream.of(candidates)
                .filter(s -> chosen[s])
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(problem::arrivalSlot).thenComparing(byPriority))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int s : byArrival) {
            take(allocation, s);
        }
        for (int s : candidates) {
            if (allocation.pad(s) < 0) {
                take(allocation, s);
            }
        }
    }

    private void take(Allocation allocation, int session) {
        int pad = bestFreePad(session);
        if (pad >= 0) {
            occupy(allocation, session, pad);
        }
    }

    private int bestFreePad(int session) {
        int arrival = problem.arrivalSlot(session);
        int departure = problem.departureSlot(session);
        double[] circuitLoad = circuitLoads(arrival, departure);
        int best = -1;
        for (int p = 0; p < occupied.length; p++) {
            int nextBusy = occupied[p].nextSetBit(arrival);
            if ((nextBusy >= 0 && nextBusy < departure) || problem.padMaxKw(p) <= 0) {
                continue;
            }
            if (best < 0 || better(session, p, best, circuitLoad)) {
                best = p;
            }
        }
        return best;
    }

    private boolean better(int session, int pad, int best, double[] circuitLoad) {
        int byRate = Double.compare(problem.rateKw(session, pad), problem.rateKw(session, best));
        if (byRate != 0) {
            return byRate > 0;
        }
        int byEfficiency = Double.compare(problem.padEfficiency(pad), problem.padEfficiency(best));
        if (byEfficiency != 0) {
            return byEfficiency > 0;
        }
        int byLoad = Double.compare(loadOf(pad, circuitLoad), loadOf(best, circuitLoad));
        if (byLoad != 0) {
            return byLoad < 0;
        }
        return freeSince[pad] < freeSince[best];
    }

    private double loadOf(int pad, double[] circuitLoad) {
        int circuit = problem.padCircuit(pad);
        return circuit < 0 ? 0.0 : circuitLoad[circuit];
    }

    /** Per circuit: the highest share of its limit already claimed by assigned vehicles during the window. */
    private double[] circuitLoads(int arrival, int departure) {
        double[] load = new double[problem.circuits()];
        for (int c = 0; c < load.length; c++) {
            double peakKw = 0.0;
            for (int t = arrival; t < departure; t++) {
                peakKw = Math.max(peakKw, circuitDemandKw[c][t]);
            }
            double limitKw = problem.circuitLimitKw(c);
            load[c] = limitKw <= 0 ? Double.MAX_VALUE : peakKw / limitKw;
        }
        return load;
    }

    private void occupy(Allocation allocation, int session, int pad) {
        allocation.assignPad(session, pad);
        int arrival = problem.arrivalSlot(session);
        int departure = problem.departureSlot(session);
        occupied[pad].set(arrival, departure);
        freeSince[pad] = Math.max(freeSince[pad], departure);
        int circuit = problem.padCircuit(pad);
        if (circuit >= 0) {
            double gridKw = problem.rateKw(session, pad) / problem.padEfficiency(pad);
            for (int t = arrival; t < departure; t++) {
                circuitDemandKw[circuit][t] += gridKw;
            }
        }
    }
}
