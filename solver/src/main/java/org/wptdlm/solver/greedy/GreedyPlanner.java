package org.wptdlm.solver.greedy;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * The warm start and real-time answer: pads first ({@link PadAssigner}), then energy in two passes —
 * every session's critical energy, then the rest of its request, heaviest priority first — each pass
 * taking sessions least laxity first (least room to wait) and giving a session all it can take from
 * its first slot on until its energy is in. That is work-conserving (no capacity stays idle while a
 * present vehicle wants energy) and puts energy early, which is what hedges a driver leaving before
 * the stated departure; in the first slot it is least-laxity-first scheduling, which the replay of
 * real sessions measures (docs/solver.md). Pure and deterministic; no solver library. Instances are
 * stateless and thread-safe.
 */
public final class GreedyPlanner {

    private static final double NEGLIGIBLE_KW = Capacity.NEGLIGIBLE_KW;

    public Allocation solve(IndexedProblem problem) {
        Allocation pads = new Allocation(problem.sessions(), problem.slots());
        new PadAssigner(problem).assign(pads);
        return fill(problem, pads);
    }

    /** The energy passes alone, on the pads of {@code pads} (its powers are ignored); a new allocation. */
    public Allocation fill(IndexedProblem problem, Allocation pads) {
        Allocation allocation = new Allocation(problem.sessions(), problem.slots());
        for (int s = 0; s < problem.sessions(); s++) {
            allocation.assignPad(s, pads.pad(s));
        }
        Capacity capacity = new Capacity(problem);
        double[] delivered = new double[problem.sessions()];
        fillPass(problem, allocation, capacity, delivered, true);
        fillPass(problem, allocation, capacity, delivered, false);
        return allocation;
    }

    private void fillPass(IndexedProblem problem, Allocation allocation, Capacity capacity, double[] deliveredKwh,
            boolean critical) {
        double[] needKwh = new double[problem.sessions()];
        for (int s = 0; s < needKwh.length; s++) {
            double targetKwh = critical ? problem.criticalKwh(s) : problem.energyKwh(s);
            needKwh[s] = allocation.pad(s) < 0 ? 0.0 : Math.max(0.0, targetKwh - deliveredKwh[s]);
        }
        Comparator<Integer> order = Comparator.comparingDouble(s -> laxitySlots(problem, allocation, s, needKwh[s]));
        if (!critical) {
            order = Comparator.<Integer>comparingInt(problem::weight).reversed().thenComparing(order);
        }
        int[] sessions = IntStream.range(0, problem.sessions())
                .filter(s -> needKwh[s] > 0)
                .boxed()
                .sorted(order)
                .mapToInt(Integer::intValue)
                .toArray();
        double[] shortKwh = new double[problem.sessions()];
        for (int s : sessions) {
            double placedKwh = fillEarliest(problem, allocation, capacity, s, needKwh[s] / problem.slotHours())
                    * problem.slotHours();
            deliveredKwh[s] += placedKwh;
            shortKwh[s] = needKwh[s] - placedKwh;
        }
        new ShortfallShifter(problem, allocation, capacity).shift(sessions, shortKwh, deliveredKwh);
        double[] targetKwh = new double[problem.sessions()];
        for (int s = 0; s < targetKwh.length; s++) {
            targetKwh[s] = critical ? problem.criticalKwh(s) : problem.energyKwh(s);
        }
        new EnergyFlow(problem, allocation, capacity).serve(targetKwh, deliveredKwh);
    }

    /** Slots the session could stand idle and still get its need at full rate. */
    private static double laxitySlots(IndexedProblem problem, Allocation allocation, int session, double needKwh) {
        double rateKw = problem.rateKw(session, allocation.pad(session));
        double slotsNeeded = rateKw <= 0 ? Double.MAX_VALUE : needKwh / (rateKw * problem.slotHours());
        return problem.windowSlots(session) - slotsNeeded;
    }

    /**
     * Gives the session as much as it can take in the earliest slots of its stay, slot after slot, until
     * {@code needKwSlots} (kW × slots) is placed or its room is used up; returns what was placed. Energy
     * early is what a driver who leaves before the stated departure still takes home.
     */
    private static double fillEarliest(IndexedProblem problem, Allocation allocation, Capacity capacity, int session,
            double needKwSlots) {
        double placed = 0.0;
        for (int t = problem.arrivalSlot(session); t < problem.departureSlot(session) && placed < needKwSlots - NEGLIGIBLE_KW; t++) {
            double amount = Math.min(capacity.roomKw(allocation, session, t), needKwSlots - placed);
            capacity.take(allocation, session, t, amount);
            placed += Math.max(0.0, amount);
        }
        return placed;
    }
}
