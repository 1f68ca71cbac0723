package org.wptdlm.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.greedy.PadSearch;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Issue 9's target "≥ 99.5 % of the bound in 10 s" on the synthetic instances of benchmark-data that
 * meet it (docs/BENCHMARKS.md, "Plan quality against the bound"). The checks are on what the planner
 * reaches, not on time: the greedy is deterministic, and the pad search stops when no move helps (in
 * well under a second on small); its deadline here only keeps a broken search from hanging the build.
 */
class PlanQualityTargetsTest {

    private static final double TARGET = 0.995;

    private final Planner planner = new Planner();

    private static PlanningProblem problem(String file) {
        return PlanningJson.readProblem(Path.of("..", "benchmark-data", file));
    }

    private static double weightedKwh(IndexedProblem problem, Allocation allocation) {
        return PlanFactory.toPlan(problem, allocation, Planner.GREEDY, 0, null).kpis().weightedEnergyDeliveredKwh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"varying-limit.json", "medium.json", "large.json"})
    void greedyAloneIsWithinHalfAPercentOfTheBound(String file) {
        // varying-limit: 98.6 % before the energy pass became an exact flow on the greedy's pads; large:
        // 99.28 % against the Lagrangian bound alone, 99.96 % against the interval bound (about 10 s).
        PlanningProblem source = problem(file);
        IndexedProblem problem = IndexedProblem.of(source);

        double value = weightedKwh(problem, new GreedyPlanner().solve(problem));

        assertThat(value).isGreaterThanOrEqualTo(TARGET * planner.upperBound(source));
    }

    @Test
    void padSearchBringsSmallWithinHalfAPercentOfTheBound() {
        // small: 97.9 % with the greedy's pads (three 22 kW vehicles on the 27 kW circuit); the exact LP
        // bound there is also the integer optimum (checked with a MIP solver, docs/solver.md).
        PlanningProblem source = problem("small.json");
        IndexedProblem problem = IndexedProblem.of(source);
        Allocation greedy = new GreedyPlanner().solve(problem);

        Allocation searched = new PadSearch().improve(problem, greedy, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));

        double bound = planner.upperBound(source);
        assertThat(weightedKwh(problem, greedy)).isLessThan(TARGET * bound);
        assertThat(weightedKwh(problem, searched)).isGreaterThanOrEqualTo(TARGET * bound);
    }
}
