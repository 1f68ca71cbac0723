package org.wptdlm.solver.greedy;

import java.util.stream.IntStream;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Which vehicles get a pad when there are more vehicles than pads: a vehicle holds its pad for its
 * whole stay, so choosing the most valuable set of stays that fits the pads is weighted interval
 * scheduling on as many machines as there are pads. Its LP is totally unimodular, and it is solved
 * exactly as a minimum-cost flow: one node per slot, a chain of edges slot → slot + 1 carrying the
 * pads left free, and per vehicle an edge arrival → departure whose cost is minus its value. Vehicles
 * already parked are in the flow with a value above all others together, so they always hold their
 * pads. The pads are pooled here (any vehicle fits any pad); {@link PadAssigner} then hands out the
 * actual pads in arrival order, which for stays starting at or after the parked vehicles' arrival
 * always finds a pad (interval graphs are colourable with as many colours as the most stays at once).
 */
final class IntervalSelection {

    private final IndexedProblem problem;

    IntervalSelection(IndexedProblem problem) {
        this.problem = problem;
    }

    /** Per session: whether the best set of stays holds it; only {@code candidates} can be chosen. */
    boolean[] chosen(int[] candidates) {
        int pads = 0;
        for (int p = 0; p < problem.pads(); p++) {
            if (problem.padMaxKw(p) > 0) {
                pads++;
            }
        }
        boolean[] chosen = new boolean[problem.sessions()];
        if (pads == 0 || candidates.length == 0) {
            return chosen;
        }
        int[] present = presentPerSlot(candidates);
        if (IntStream.of(present).max().orElse(0) <= pads) {
            for (int s : candidates) {
                chosen[s] = true;
            }
            return chosen;
        }
        double[] shareKw = new double[problem.slots()];
        for (int t = 0; t < shareKw.length; t++) {
            shareKw[t] = problem.headroomKw(t) / Math.max(1, Math.min(pads, present[t]));
        }
        double[] value = new double[problem.sessions()];
        double total = 0.0;
        for (int s : candidates) {
            value[s] = valueOf(s, shareKw);
            total += value[s];
        }
        int slots = problem.slots();
        MinCostFlow flow = new MinCostFlow(slots + 1);
        for (int t = 0; t < slots; t++) {
            flow.addEdge(t, t + 1, pads, 0.0);
        }
        double parkedValue = total + 1.0;
        for (int s = 0; s < problem.sessions(); s++) {
            int pad = problem.fixedPad(s);
            if (pad >= 0 && problem.windowSlots(s) > 0 && problem.padMaxKw(pad) > 0) {
                flow.addEdge(problem.arrivalSlot(s), problem.departureSlot(s), 1, -parkedValue);
            }
        }
        int[] edge = new int[problem.sessions()];
        for (int s : candidates) {
            edge[s] = flow.addEdge(problem.arrivalSlot(s), problem.departureSlot(s), 1, -value[s]);
        }
        flow.minimise(0, slots, pads);
        for (int s : candidates) {
            chosen[s] = flow.flowOn(edge[s]) > 0;
        }
        return chosen;
    }

    /**
     * Vehicles present per slot, parked ones and candidates. Where there are no more than pads in every
     * slot, every candidate gets a pad and the flow is not needed. Otherwise it gives each vehicle's share
     * of the grid: where the grid, not the pads, is short, a stay in tight hours is worth less than its
     * request.
     */
    private int[] presentPerSlot(int[] candidates) {
        int[] change = new int[problem.slots() + 1];
        for (int s = 0; s < problem.sessions(); s++) {
            if (problem.fixedPad(s) >= 0 && problem.windowSlots(s) > 0) {
                change[problem.arrivalSlot(s)]++;
                change[problem.departureSlot(s)]--;
            }
        }
        for (int s : candidates) {
            change[problem.arrivalSlot(s)]++;
            change[problem.departureSlot(s)]--;
        }
        int[] present = new int[problem.slots()];
        int running = 0;
        for (int t = 0; t < present.length; t++) {
            running += change[t];
            present[t] = running;
        }
        return present;
    }

    /**
     * Priority weight × the energy the vehicle could take over its stay at its best pad's rate, capped per
     * slot by its share of the grid.
     */
    private double valueOf(int session, double[] shareKw) {
        double rateKw = 0.0;
        for (int p = 0; p < problem.pads(); p++) {
            rateKw = Math.max(rateKw, problem.rateKw(session, p));
        }
        double kwSlots = 0.0;
        for (int t = problem.arrivalSlot(session); t < problem.departureSlot(session); t++) {
            kwSlots += Math.min(rateKw, shareKw[t]);
        }
        return problem.weight(session) * Math.min(problem.energyKwh(session), kwSlots * problem.slotHours());
    }
}
