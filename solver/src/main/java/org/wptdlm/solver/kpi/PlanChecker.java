package org.wptdlm.solver.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/**
 * Verifies every hard limit of a plan file against its problem, independently of how the plan was
 * made: one answer per session, powers finite and non-negative, zero outside the stay, pad and vehicle
 * maximum, no more energy than requested, fixed pads kept, one vehicle per pad at a time, grid limit
 * minus base load and circuit limits in every slot. Returns the violations in words (empty = valid).
 */
public final class PlanChecker {

    /** kW (or kWh) tolerated for float rounding. */
    public static final double TOLERANCE = 1e-6;

    private PlanChecker() {
    }

    public static List<String> violationsOf(PlanningProblem problem, Plan plan) {
        List<String> violations = new ArrayList<>();
        Map<String, Pad> padById = new HashMap<>();
        problem.pads().forEach(pad -> padById.put(pad.id(), pad));
        Map<String, Session> sessionById = new HashMap<>();
        problem.sessions().forEach(session -> sessionById.put(session.id(), session));
        Map<String, SessionPlan> planById = new HashMap<>();
        for (SessionPlan sessionPlan : plan.sessions()) {
            if (!sessionById.containsKey(sessionPlan.id())) {
                violations.add("plan session " + sessionPlan.id() + " is not in the problem");
            } else if (planById.put(sessionPlan.id(), sessionPlan) != null) {
                violations.add("session " + sessionPlan.id() + " is planned twice");
            }
        }
        double[] gridKw = new double[problem.slots()];
        double[][] circuitKw = new double[problem.circuits().size()][problem.slots()];
        Map<String, Integer> circuitIndex = new HashMap<>();
        List<Circuit> circuits = problem.circuits();
        for (int c = 0; c < circuits.size(); c++) {
            circuitIndex.put(circuits.get(c).id(), c);
        }
        Map<String, List<Session>> sessionsByPad = new HashMap<>();
        for (Session session : problem.sessions()) {
            SessionPlan sessionPlan = planById.get(session.id());
            if (sessionPlan == null) {
                violations.add("session " + session.id() + " has no answer in the plan");
                continue;
            }
            Pad pad = checkPad(session, sessionPlan, padById, violations);
            if (pad != null) {
                sessionsByPad.computeIfAbsent(pad.id(), id -> new ArrayList<>()).add(session);
            }
            checkPowers(problem, session, sessionPlan, pad, violations);
            if (pad == null) {
                continue;
            }
            int circuit = pad.circuitId() == null ? -1 : circuitIndex.get(pad.circuitId());
            for (int t = 0; t < Math.min(problem.slots(), sessionPlan.kwBySlot().size()); t++) {
                double draw = pad.gridKw(sessionPlan.kw(t));
                gridKw[t] += draw;
                if (circuit >= 0) {
                    circuitKw[circuit][t] += draw;
                }
            }
        }
        checkPadsExclusive(sessionsByPad, violations);
        for (int t = 0; t < problem.slots(); t++) {
            if (gridKw[t] > problem.chargingHeadroomKw(t) + TOLERANCE) {
                violations.add(String.format("slot %d: chargers draw %.6f kW, grid limit minus base load allows %.6f kW",
                        t, gridKw[t], problem.chargingHeadroomKw(t)));
            }
            for (int c = 0; c < circuits.size(); c++) {
                if (circuitKw[c][t] > circuits.get(c).limitKw() + TOLERANCE) {
                    violations.add(String.format("slot %d: circuit %s carries %.6f kW over its limit %.6f kW",
                            t, circuits.get(c).id(), circuitKw[c][t], circuits.get(c).limitKw()));
                }
            }
        }
        return violations;
    }

    private static Pad checkPad(Session session, SessionPlan sessionPlan, Map<String, Pad> padById, List<String> violations) {
        if (sessionPlan.padId() == null) {
            if (session.padId() != null) {
                violations.add("session " + session.id() + " stands on pad " + session.padId() + " but the plan drops it");
            }
            return null;
        }
        Pad pad = padById.get(sessionPlan.padId());
        if (pad == null) {
            violations.add("session " + session.id() + " is planned on unknown pad " + sessionPlan.padId());
        } else if (session.padId() != null && !session.padId().equals(pad.id())) {
            violations.add("session " + session.id() + " stands on pad " + session.padId() + " but is planned on " + pad.id());
        }
        return pad;
    }

    private static void checkPowers(PlanningProblem problem, Session session, SessionPlan sessionPlan, Pad pad,
            List<String> violations) {
        if (sessionPlan.kwBySlot().size() != problem.slots()) {
            violations.add("session " + session.id() + " has " + sessionPlan.kwBySlot().size() + " slot values, expected "
                    + problem.slots());
        }
        double energyKwh = 0;
        for (int t = 0; t < sessionPlan.kwBySlot().size(); t++) {
            Double kw = sessionPlan.kwBySlot().get(t);
            if (kw == null || !Double.isFinite(kw) || kw < -TOLERANCE) {
                violations.add("session " + session.id() + " slot " + t + ": power " + kw + " is not a finite non-negative number");
                continue;
            }
            if (kw <= TOLERANCE) {
                continue;
            }
            if (pad == null || !session.presentIn(t)) {
                violations.add("session " + session.id() + " slot " + t + ": " + kw + " kW while not on a pad");
                continue;
            }
            double maxKw = Math.min(pad.maxKw(), session.maxKw());
            if (kw > maxKw + TOLERANCE) {
                violations.add("session " + session.id() + " slot " + t + ": " + kw + " kW above the pad/vehicle maximum " + maxKw);
            }
            energyKwh += kw * problem.slotHours();
        }
        if (energyKwh > session.energyKwh() + TOLERANCE) {
            violations.add(String.format("session %s gets %.6f kWh, more than the %.6f kWh requested",
                    session.id(), energyKwh, session.energyKwh()));
        }
    }

    private static void checkPadsExclusive(Map<String, List<Session>> sessionsByPad, List<String> violations) {
        for (Map.Entry<String, List<Session>> entry : sessionsByPad.entrySet()) {
            List<Session> onPad = entry.getValue();
            for (int i = 0; i < onPad.size(); i++) {
                for (int j = i + 1; j < onPad.size(); j++) {
                    Session first = onPad.get(i);
                    Session second = onPad.get(j);
                    if (first.arrivalSlot() < second.departureSlot() && second.arrivalSlot() < first.departureSlot()) {
                        violations.add("pad " + entry.getKey() + " holds sessions " + first.id() + " and " + second.id()
                                + " at the same time");
                    }
                }
            }
        }
    }
}
