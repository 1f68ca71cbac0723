package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.solver.TestProblems.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.kpi.PlanChecker;

/**
 * Pads are decisions: an 11 kW car of high priority and a 22 kW car of low priority share a 22 kW and
 * an 11 kW pad. Whichever pads the warm start picks, local search reaches 99.5 % of the LP bound, which
 * needs the 22 kW car on the 22 kW pad.
 */
class PadMovesTest {

    private final PlanningProblem problem = TestProblems.hourly(4, 40,
            List.of(new Pad("P-fast", 22, 1.0, null), new Pad("P-slow", 11, 1.0, null)),
            List.of(session("A", 0, 4, 44, 11, 1, null), session("B", 0, 4, 88, 22, 0, null)));

    @Test
    void localSearchReachesTheBoundByPuttingEachCarOnTheRightPad() {
        Plan plan = SolveSupport.solve(problem, 20_000);

        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
        assertThat(plan.kpis().weightedEnergyDeliveredKwh()).isGreaterThanOrEqualTo(0.995 * new Planner().upperBound(problem));
        assertThat(plan.sessions().get(1).padId()).isEqualTo("P-fast");
    }
}
