package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.kpi.PlanChecker;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;

/** Greedy phase plus local search in FULL_ASSERT mode: every move's incremental score is checked from scratch. */
class FullAssertSolveTest {

    @Test
    void solvesASmallProblemWithConsistentScoresAndWithinEveryLimit() {
        assertSolvesConsistently(TestProblems.hourly(6, 20, List.of(new Circuit("C1", 12)),
                List.of(new Pad("P1", 11, 0.9, "C1"), new Pad("P2", 11, 0.9, "C1"), new Pad("P3", 22, 0.95, null)),
                List.of(TestProblems.session("S1", 0, 4, 30, 11, 1, 10.0), TestProblems.session("S2", 1, 6, 40, 22),
                        TestProblems.session("S3", 2, 5, 15, 11, 0, null), TestProblems.session("S4", 0, 3, 8, 7.4))));
    }

    @Test
    void movesPadsOfAHubWithMoreVehiclesThanPadsWithConsistentScores() {
        assertSolvesConsistently(TestProblems.hourly(8, 30, List.of(new Circuit("C1", 12)),
                List.of(new Pad("P1", 11, 0.9, "C1"), new Pad("P2", 22, 0.95, null)),
                List.of(TestProblems.session("S1", 0, 4, 30, 11, 1, 10.0), TestProblems.session("S2", 1, 6, 40, 22),
                        TestProblems.session("S3", 2, 5, 15, 11, 0, null), TestProblems.session("S4", 0, 3, 8, 7.4),
                        TestProblems.session("S5", 4, 8, 20, 22), TestProblems.session("S6", 5, 8, 12, 11, 2, null))));
    }

    private static void assertSolvesConsistently(PlanningProblem problem) {
        IndexedProblem indexed = IndexedProblem.of(problem);
        ChargePlan unsolved = ChargePlanBuilder.build(indexed, new GreedyPlanner().solve(indexed), false, null,
                PlanningWeights.DEFAULTS);
        SolverFactory<ChargePlan> factory = SolverFactory.create(SolverConfigs.greedyThenLocalSearch()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(2_000L)));

        ChargePlan solved = factory.buildSolver().solve(unsolved);

        assertThat(solved.getScore().hardScore()).isZero();
        var plan = PlanFactory.toPlan(indexed, ChargePlanBuilder.toAllocation(solved), "timefold", 0, null);
        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
    }
}
