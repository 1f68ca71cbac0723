package org.wptdlm.solver.kpi;

import java.util.HashMap;
import java.util.Map;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/**
 * The KPIs of a plan, computed from the plan file itself (not from solver internals), so they mean the
 * same for every strategy. Delivered energy counts up to the request; the grid peak includes base load.
 */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    public static Kpis kpisOf(PlanningProblem problem, Plan plan) {
        Map<String, SessionPlan> planById = planById(plan);
        Map<String, Pad> padById = padById(problem);
        double requested = 0;
        double delivered = 0;
        double criticalRequested = 0;
        double criticalDelivered = 0;
        double weighted = 0;
        int served = 0;
        int setpointChanges = 0;
        double servedStayHours = 0;
        for (Session session : problem.sessions()) {
            requested += session.energyKwh();
            criticalRequested += session.criticalKwh();
            SessionPlan sessionPlan = planById.get(session.id());
            Pad pad = sessionPlan == null || sessionPlan.padId() == null ? null : padById.get(sessionPlan.padId());
            if (pad == null) {
                continue;
            }
            double energyKwh = 0;
            int slots = Math.min(problem.slots(), sessionPlan.kwBySlot().size());
            for (int t = 0; t < slots; t++) {
                energyKwh += sessionPlan.kw(t) * problem.slotHours();
            }
            setpointChanges += setpointChanges(problem, session, sessionPlan);
            servedStayHours += stayHours(problem, session);
            energyKwh = Math.min(energyKwh, session.energyKwh());
            served += energyKwh > 0 ? 1 : 0;
            delivered += energyKwh;
            criticalDelivered += Math.min(energyKwh, session.criticalKwh());
            weighted += session.energyWeight() * energyKwh;
        }
        double[] chargingGridKw = chargingGridKw(problem, planById, padById);
        double peak = 0;
        for (int t = 0; t < problem.slots(); t++) {
            peak = Math.max(peak, problem.hub().baseLoadKw(t) + chargingGridKw[t]);
        }
        SlotCosts slotCosts = SlotCosts.of(problem, chargingGridKw);
        return new Kpis(requested, delivered, criticalRequested, criticalDelivered, weighted, served, peak,
                slotCosts.totalCost(), slotCosts.totalCarbonKg(), 0L, null, null, null,
                servedStayHours > 0 ? setpointChanges / servedStayHours : 0.0);
    }

    /** Cost and carbon of the plan's charging grid energy, slot by slot (their sums are the KPIs). */
    public static SlotCosts slotCosts(PlanningProblem problem, Plan plan) {
        return SlotCosts.of(problem, chargingGridKw(problem, planById(plan), padById(problem)));
    }

    /** Grid power drawn for charging per slot: each served session's kW through its pad's efficiency. */
    private static double[] chargingGridKw(PlanningProblem problem, Map<String, SessionPlan> planById,
            Map<String, Pad> padById) {
        double[] gridKw = new double[problem.slots()];
        for (Session session : problem.sessions()) {
            SessionPlan sessionPlan = planById.get(session.id());
            Pad pad = sessionPlan == null || sessionPlan.padId() == null ? null : padById.get(sessionPlan.padId());
            if (pad == null) {
                continue;
            }
            int slots = Math.min(problem.slots(), sessionPlan.kwBySlot().size());
            for (int t = 0; t < slots; t++) {
                gridKw[t] += pad.gridKw(sessionPlan.kw(t));
            }
        }
        return gridKw;
    }

    private static Map<String, SessionPlan> planById(Plan plan) {
        Map<String, SessionPlan> planById = new HashMap<>();
        plan.sessions().forEach(sessionPlan -> planById.put(sessionPlan.id(), sessionPlan));
        return planById;
    }

    private static Map<String, Pad> padById(PlanningProblem problem) {
        Map<String, Pad> padById = new HashMap<>();
        problem.pads().forEach(pad -> padById.put(pad.id(), pad));
        return padById;
    }

    /** How often the vehicle's power changes from one slot to the next within its stay (beyond float noise). */
    static int setpointChanges(PlanningProblem problem, Session session, SessionPlan sessionPlan) {
        int last = Math.min(Math.min(problem.slots(), session.departureSlot()), sessionPlan.kwBySlot().size());
        int changes = 0;
        for (int t = session.arrivalSlot() + 1; t < last; t++) {
            if (Math.abs(sessionPlan.kw(t) - sessionPlan.kw(t - 1)) > PlanChecker.TOLERANCE) {
                changes++;
            }
        }
        return changes;
    }

    private static double stayHours(PlanningProblem problem, Session session) {
        int stay = Math.min(problem.slots(), session.departureSlot()) - Math.min(problem.slots(), session.arrivalSlot());
        return Math.max(0, stay) * problem.slotHours();
    }
}
