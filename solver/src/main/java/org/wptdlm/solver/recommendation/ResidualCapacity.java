package org.wptdlm.solver.recommendation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/**
 * What a hub's published plan leaves free: grid and circuit power per slot (grid-side kW) and the
 * slots in which each pad is taken. Sessions the plan serves keep their pads and power; a newcomer
 * only gets what is left, which is how the live loop's next greedy run treats vehicles of equal weight.
 */
final class ResidualCapacity {

    /** Keeps float rounding from taking a sum a hair above a limit. */
    private static final double SAFETY_KW = 1e-7;

    private final PlanningProblem problem;
    private final double[] gridFreeKw;
    private final double[][] circuitFreeKw;
    private final Map<String, Integer> circuitIndexById = new HashMap<>();
    private final Map<String, BitSet> busySlotsByPad = new HashMap<>();

    private ResidualCapacity(PlanningProblem problem) {
        this.problem = problem;
        gridFreeKw = new double[problem.slots()];
        for (int t = 0; t < gridFreeKw.length; t++) {
            gridFreeKw[t] = problem.chargingHeadroomKw(t) - SAFETY_KW;
        }
        circuitFreeKw = new double[problem.circuits().size()][problem.slots()];
        for (int c = 0; c < circuitFreeKw.length; c++) {
            circuitIndexById.put(problem.circuits().get(c).id(), c);
            Arrays.fill(circuitFreeKw[c], problem.circuits().get(c).limitKw() - SAFETY_KW);
        }
        for (Pad pad : problem.pads()) {
            busySlotsByPad.put(pad.id(), new BitSet(problem.slots()));
        }
    }

    /** The capacity {@code plan} leaves in {@code problem}; a null plan allocates nothing but keeps fixed pads taken. */
    static ResidualCapacity of(PlanningProblem problem, Plan plan) {
        ResidualCapacity residual = new ResidualCapacity(problem);
        Map<String, Session> sessionsById = new HashMap<>();
        for (Session session : problem.sessions()) {
            sessionsById.put(session.id(), session);
        }
        Map<String, Pad> padsById = new HashMap<>();
        for (Pad pad : problem.pads()) {
            padsById.put(pad.id(), pad);
        }
        if (plan == null) {
            for (Session session : problem.sessions()) {
                residual.occupy(session.padId(), session);
            }
            return residual;
        }
        for (SessionPlan row : plan.sessions()) {
            Session session = sessionsById.get(row.id());
            Pad pad = row.padId() == null ? null : padsById.get(row.padId());
            if (session == null || pad == null) {
                continue;
            }
            residual.occupy(pad.id(), session);
            residual.take(pad, row.kwBySlot());
        }
        return residual;
    }

    PlanningProblem problem() {
        return problem;
    }

    /** Vehicle-side kW the pad could still give in the slot, ignoring whether the pad is taken. */
    double roomKw(Pad pad, int slot) {
        double gridKw = gridFreeKw[slot];
        Integer circuit = pad.circuitId() == null ? null : circuitIndexById.get(pad.circuitId());
        if (circuit != null) {
            gridKw = Math.min(gridKw, circuitFreeKw[circuit][slot]);
        }
        return Math.max(0.0, Math.min(pad.maxKw(), gridKw * pad.efficiency()));
    }

    /** The first slot in [from, to) in which the pad is free, or -1. */
    int firstFreeSlot(String padId, int from, int to) {
        int free = busySlotsByPad.get(padId).nextClearBit(from);
        return free < to ? free : -1;
    }

    /** The first slot in [from, to) in which the pad is taken, or {@code to}. */
    int nextBusySlot(String padId, int from, int to) {
        int busy = busySlotsByPad.get(padId).nextSetBit(from);
        return busy < 0 || busy > to ? to : busy;
    }

    private void occupy(String padId, Session session) {
        BitSet busy = padId == null ? null : busySlotsByPad.get(padId);
        if (busy != null) {
            busy.set(session.arrivalSlot(), Math.min(problem.slots(), session.departureSlot()));
        }
    }

    private void take(Pad pad, List<Double> kwBySlot) {
        Integer circuit = pad.circuitId() == null ? null : circuitIndexById.get(pad.circuitId());
        int slots = Math.min(kwBySlot.size(), gridFreeKw.length);
        for (int t = 0; t < slots; t++) {
            double gridKw = pad.gridKw(kwBySlot.get(t));
            gridFreeKw[t] -= gridKw;
            if (circuit != null) {
                circuitFreeKw[circuit][t] -= gridKw;
            }
        }
    }
}
