package org.wptdlm.solver.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;
import org.wptdlm.solver.problem.ProblemDiagnosis;
import org.wptdlm.solver.setpoint.SetpointRules;

/**
 * Turns a solver's allocation into the plan file, with KPIs and the reasons the problem cannot be served
 * fully. Every plan passes {@link SetpointRules} on the way: powers rounded down to the hub's step (1 mW
 * by default), so no rounding ever adds up above a limit, and off below a pad's minimum.
 */
public final class PlanFactory {

    private PlanFactory() {
    }

    public static Plan toPlan(IndexedProblem problem, Allocation allocation, String strategy, long solveTimeMillis,
            String score) {
        PlanningProblem source = problem.source();
        Allocation compliant = SetpointRules.comply(problem, allocation);
        List<SessionPlan> sessions = new ArrayList<>(problem.sessions());
        for (int s = 0; s < problem.sessions(); s++) {
            int pad = compliant.pad(s);
            List<Double> kwBySlot = new ArrayList<>(problem.slots());
            for (int t = 0; t < problem.slots(); t++) {
                kwBySlot.add(compliant.kw(s, t));
            }
            sessions.add(new SessionPlan(source.sessions().get(s).id(), pad < 0 ? null : source.pads().get(pad).id(), kwBySlot));
        }
        Plan plan = new Plan(sessions, null, strategy, ProblemDiagnosis.reasons(source));
        return plan.withKpis(KpiCalculator.kpisOf(source, plan).withSolve(solveTimeMillis, score));
    }

    /** The plan's powers back into an allocation (sessions matched by id; unknown ids ignored). */
    public static Allocation toAllocation(IndexedProblem problem, Plan plan) {
        Allocation allocation = new Allocation(problem.sessions(), problem.slots());
        Map<String, SessionPlan> byId = new HashMap<>();
        plan.sessions().forEach(sessionPlan -> byId.put(sessionPlan.id(), sessionPlan));
        Map<String, Integer> padIndex = new HashMap<>();
        for (int p = 0; p < problem.pads(); p++) {
            padIndex.put(problem.source().pads().get(p).id(), p);
        }
        for (int s = 0; s < problem.sessions(); s++) {
            SessionPlan sessionPlan = byId.get(problem.source().sessions().get(s).id());
            if (sessionPlan == null || sessionPlan.padId() == null || !padIndex.containsKey(sessionPlan.padId())) {
                continue;
            }
            allocation.assignPad(s, padIndex.get(sessionPlan.padId()));
            int slots = Math.min(problem.slots(), sessionPlan.kwBySlot().size());
            for (int t = 0; t < slots; t++) {
                allocation.setKw(s, t, sessionPlan.kw(t));
            }
        }
        return allocation;
    }
}
