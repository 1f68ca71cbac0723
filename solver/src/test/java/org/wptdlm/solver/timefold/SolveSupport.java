package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;

/** Solves a problem with the production phases for a fixed number of moves: reproducible, and no timed test. */
final class SolveSupport {

    private SolveSupport() {
    }

    static Plan solve(PlanningProblem problem, long moves) {
        IndexedProblem indexed = IndexedProblem.of(problem);
        ChargePlan start = ChargePlanBuilder.build(indexed, new GreedyPlanner().solve(indexed), true, null,
                PlanningWeights.DEFAULTS);
        SolverFactory<ChargePlan> factory = SolverFactory.create(SolverConfigs.greedyThenLocalSearch()
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves)));
        ChargePlan solved = factory.buildSolver().solve(start);
        return PlanFactory.toPlan(indexed, ChargePlanBuilder.toAllocation(solved), "timefold", 0, solved.getScore().toString());
    }
}
