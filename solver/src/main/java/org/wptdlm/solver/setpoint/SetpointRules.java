package org.wptdlm.solver.setpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Makes a plan's setpoints ones that hardware can follow, without breaking a limit: every power is
 * rounded down to the hub's power step (1 mW when it sets none) and a power below the pad's minimum
 * becomes 0 (the pad is off). The grid, circuit and energy room that rounding freed goes back, slot by
 * slot, a step at a time, to the sessions still short of their request (heaviest priority first, then
 * most energy missing), as long as the raised power is a whole number of steps, at least the pad's
 * minimum and within every limit (only when the hub sets a step or a pad a minimum: the 1 mW default
 * frees nothing worth a setpoint change). Pure: no Timefold, the same for the greedy and the Timefold plan.
 */
public final class SetpointRules {

    /** The resolution of a setpoint when the hub sets no step: 1 mW, finer than any charger, only so that rounding never adds up above a limit. */
    static final double DEFAULT_STEP_KW = 1e-6;

    /**
     * Grid kW the refill leaves free below every limit (1 mW): float sums and the solver's whole-µW view
     * of a published plan stay within the limits.
     */
    private static final double SAFETY_KW = 1e-6;

    private SetpointRules() {
    }

    /** A new allocation with the same pads and compliant powers; {@code allocation} is not changed. */
    public static Allocation comply(IndexedProblem problem, Allocation allocation) {
        Allocation result = allocation.copy();
        double stepKw = stepKw(problem);
        double[] deliveredKwh = new double[problem.sessions()];
        for (int s = 0; s < problem.sessions(); s++) {
            int pad = result.pad(s);
            for (int t = 0; t < problem.slots(); t++) {
                double kw = pad < 0 ? 0.0 : roundDown(result.kw(s, t), stepKw);
                if (pad >= 0 && kw < problem.padMinKw(pad)) {
                    kw = 0.0;
                }
                result.setKw(s, t, kw);
                deliveredKwh[s] += kw * problem.slotHours();
            }
        }
        if (!hasHardwareRules(problem)) {
            return result;
        }
        List<Integer> order = fillOrder(problem, result, deliveredKwh);
        for (int t = 0; t < problem.slots(); t++) {
            refill(problem, result, t, stepKw, deliveredKwh, order);
        }
        return result;
    }

    /**
     * Whether the hub sets a step or a pad a minimum. Without either, rounding frees at most 1 mW per
     * setpoint: handing that back would only add changes to steady profiles.
     */
    private static boolean hasHardwareRules(IndexedProblem problem) {
        if (problem.source().hub().powerStepKw() != null) {
            return true;
        }
        for (int p = 0; p < problem.pads(); p++) {
            if (problem.padMinKw(p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The hub's power step in kW. */
    public static double stepKw(IndexedProblem problem) {
        Double step = problem.source().hub().powerStepKw();
        return step == null ? DEFAULT_STEP_KW : step;
    }

    /**
     * kW rounded down to a whole number of steps, with a slack of 10⁻⁹ step for values like 6.6 that are
     * not exact in binary (far below the refill's safety margin).
     */
    static double roundDown(double kw, double stepKw) {
        if (kw <= 0) {
            return 0.0;
        }
        double steps = Math.floor(kw / stepKw + 1e-9);
        // Dividing by a whole number of steps per kW keeps decimal steps decimal (0.4, not 0.40000000000000002).
        double stepsPerKw = Math.rint(1.0 / stepKw);
        return Math.abs(stepsPerKw * stepKw - 1.0) < 1e-12 ? steps / stepsPerKw : steps * stepKw;
    }

    private static List<Integer> fillOrder(IndexedProblem problem, Allocation allocation, double[] deliveredKwh) {
        List<Integer> sessions = new ArrayList<>();
        for (int s = 0; s < problem.sessions(); s++) {
            if (allocation.pad(s) >= 0) {
                sessions.add(s);
            }
        }
        sessions.sort(Comparator.<Integer>comparingInt(problem::weight).reversed()
                .thenComparing(s -> deliveredKwh[s] - problem.energyKwh(s)));
        return sessions;
    }

    private static void refill(IndexedProblem problem, Allocation allocation, int slot, double stepKw,
            double[] deliveredKwh, List<Integer> order) {
        double gridFreeKw = problem.headroomKw(slot) - SAFETY_KW;
        double[] circuitFreeKw = new double[problem.circuits()];
        for (int c = 0; c < problem.circuits(); c++) {
            circuitFreeKw[c] = problem.circuitLimitKw(c) - SAFETY_KW;
        }
        for (int s = 0; s < problem.sessions(); s++) {
            int pad = allocation.pad(s);
            if (pad >= 0) {
                double gridKw = allocation.kw(s, slot) / problem.padEfficiency(pad);
                gridFreeKw -= gridKw;
                if (problem.padCircuit(pad) >= 0) {
                    circuitFreeKw[problem.padCircuit(pad)] -= gridKw;
                }
            }
        }
        for (int s : order) {
            if (slot < problem.arrivalSlot(s) || slot >= problem.departureSlot(s)) {
                continue;
            }
            int pad = allocation.pad(s);
            int circuit = problem.padCircuit(pad);
            double current = allocation.kw(s, slot);
            double roomKw = Math.min(gridFreeKw, circuit < 0 ? Double.MAX_VALUE : circuitFreeKw[circuit])
                    * problem.padEfficiency(pad);
            double energyRoomKw = (problem.energyKwh(s) - deliveredKwh[s]) / problem.slotHours();
            double target = roundDown(Math.min(problem.rateKw(s, pad), current + Math.min(roomKw, energyRoomKw)), stepKw);
            if (target <= current || target < problem.padMinKw(pad)) {
                continue;
            }
            double addedGridKw = (target - current) / problem.padEfficiency(pad);
            allocation.setKw(s, slot, target);
            deliveredKwh[s] += (target - current) * problem.slotHours();
            gridFreeKw -= addedGridKw;
            if (circuit >= 0) {
                circuitFreeKw[circuit] -= addedGridKw;
            }
        }
    }
}
