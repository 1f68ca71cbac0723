package org.wptdlm.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanChecker;

/**
 * A caller that gives {@link Planner#improve} a budget gets its plan within it: the live loop and the
 * {@code plan} command rely on that. Not a speed measurement (those are in docs/BENCHMARKS.md): it
 * catches an overrun of whole seconds, as when Timefold's spent limit ran on its own clock, which starts
 * only after its setup (1-2.6 s on the large instance under load), and the KPIs after the search were
 * not budgeted: improve on medium with 2 s took 2.5 s at load 7, on large with 6.6 s left 8.8 s.
 */
class PlannerBudgetTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    /**
     * Improve keeps a tenth of the budget (200 ms) back for its KPIs and what it cannot cut short; what
     * is left to overrun is a late wake-up of the deadline watchdog and the end of Timefold's step in
     * progress (each up to about 150 ms on the large instance at load 8-13, less on medium) on a machine
     * shared with other builds: 500 ms more (a quarter of the budget) tolerates that without hiding an
     * unbudgeted phase.
     */
    private static final Duration MARGIN = Duration.ofMillis(500);

    @Test
    void improveOnTheMediumInstanceReturnsWithinItsBudget() {
        PlanningProblem problem = PlanningJson.readProblem(Path.of("..", "benchmark-data", "medium.json"));
        Planner planner = new Planner(); // compiles the constraints: not part of an improve call

        long started = System.nanoTime();
        Plan plan = planner.improve(problem, null, BUDGET);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThanOrEqualTo(BUDGET.plus(MARGIN));
        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
        assertThat(plan.kpis().weightedEnergyDeliveredKwh())
                .isGreaterThanOrEqualTo(planner.greedy(problem).kpis().weightedEnergyDeliveredKwh() - 0.01);
    }
}
