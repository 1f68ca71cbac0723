package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;

/** Every benchmark variant builds and solves (the benchmark command runs them all). */
class SolverConfigsTest {

    private final PlanningProblem problem = TestProblems.hourly(4, 15,
            List.of(TestProblems.pad("P1", 11), TestProblems.pad("P2", 7.4)),
            List.of(TestProblems.session("S1", 0, 4, 20, 11), TestProblems.session("S2", 1, 3, 10, 11)));

    @Test
    void constructionHeuristicVariantFillsThePowersWithinTheLimits() {
        assertThat(solve(SolverConfigs.constructionHeuristicThenLocalSearch()).getScore().hardScore()).isZero();
    }

    @Test
    void greedyOnlyVariantSolves() {
        assertThat(solve(SolverConfigs.greedyOnly()).getScore().hardScore()).isZero();
    }

    private ChargePlan solve(SolverConfig config) {
        IndexedProblem indexed = IndexedProblem.of(problem);
        ChargePlan unsolved = ChargePlanBuilder.build(indexed, new GreedyPlanner().solve(indexed), false, null,
                PlanningWeights.DEFAULTS);
        return SolverFactory.<ChargePlan>create(config.withTerminationConfig(new TerminationConfig().withMoveCountLimit(500L)))
                .buildSolver().solve(unsolved);
    }
}
