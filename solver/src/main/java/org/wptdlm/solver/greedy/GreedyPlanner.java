package org.wptdlm.solver.greedy;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * The warm start and real-time answer: pads first come first served ({@link PadAssigner}), then energy
 * in two passes — every session's critical energy, then the rest of its request, heaviest priority
 * first — each pass taking sessions least laxity first (least room to wait) and pouring a session's
 * energy into the slots of its stay with the lowest planned grid draw (water-filling). The fill keeps
 * the grid draw flat, which keeps the peak low and leaves room in every slot for the sessions after it.
 * Pure and deterministic; no solver library. Instances are stateless and thread-safe.
 */
public final class GreedyPlanner {

    private static final int LEVEL_SEARCH_STEPS = 50;
    private static final double NEGLIGIBLE_KW = 1e-9;

    public Allocation solve(IndexedProblem problem) {
        Allocation allocation = new Allocation(problem.sessions(), problem.slots());
        new PadAssigner(problem).assign(allocation);
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
        for (int s : sessions) {
            deliveredKwh[s] += fill(problem, allocation, capacity, s, needKwh[s] / problem.slotHours())
                    * problem.slotHours();
        }
    }

    /** Slots the session could stand idle and still get its need at full rate. */
    private static double laxitySlots(IndexedProblem problem, Allocation allocation, int session, double needKwh) {
        double rateKw = problem.rateKw(session, allocation.pad(session));
        double slotsNeeded = rateKw <= 0 ? Double.MAX_VALUE : needKwh / (rateKw * problem.slotHours());
        return problem.windowSlots(session) - slotsNeeded;
    }

    /**
     * Raises the session's power in the slots with the lowest grid draw until {@code needKwSlots}
     * (kW × slots) is placed or its room is used up; returns what was placed.
     */
    private static double fill(IndexedProblem problem, Allocation allocation, Capacity capacity, int session,
            double needKwSlots) {
        int arrival = problem.arrivalSlot(session);
        int window = problem.windowSlots(session);
        double efficiency = problem.padEfficiency(allocation.pad(session));
        double[] room = new double[window];
        double[] level = new double[window];
        double totalRoom = 0.0;
        double lowest = Double.MAX_VALUE;
        double highest = 0.0;
        for (int i = 0; i < window; i++) {
            room[i] = capacity.roomKw(allocation, session, arrival + i);
            level[i] = capacity.gridUsedKw(arrival + i);
            totalRoom += room[i];
            lowest = Math.min(lowest, level[i]);
            highest = Math.max(highest, level[i] + room[i] / efficiency);
        }
        if (totalRoom <= needKwSlots) {
            for (int i = 0; i < window; i++) {
                capacity.take(allocation, session, arrival + i, room[i]);
            }
            return totalRoom;
        }
        double low = lowest;
        double high = highest;
        for (int step = 0; step < LEVEL_SEARCH_STEPS; step++) {
            double middle = (low + high) / 2;
            if (placedAt(middle, room, level, efficiency) < needKwSlots) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double placed = 0.0;
        double[] amount = new double[window];
        for (int i = 0; i < window; i++) {
            amount[i] = Math.min(room[i], Math.max(0.0, (low - level[i]) * efficiency));
            placed += amount[i];
        }
        for (int i = 0; i < window && placed < needKwSlots - NEGLIGIBLE_KW; i++) {
            double extra = Math.min(room[i] - amount[i], needKwSlots - placed);
            amount[i] += extra;
            placed += extra;
        }
        for (int i = 0; i < window; i++) {
            capacity.take(allocation, session, arrival + i, amount[i]);
        }
        return placed;
    }

    private static double placedAt(double gridLevelKw, double[] room, double[] level, double efficiency) {
        double sum = 0.0;
        for (int i = 0; i < room.length; i++) {
            sum += Math.min(room[i], Math.max(0.0, (gridLevelKw - level[i]) * efficiency));
        }
        return sum;
    }
}
