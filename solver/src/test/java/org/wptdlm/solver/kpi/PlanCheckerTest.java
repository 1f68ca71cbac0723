package org.wptdlm.solver.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.solver.TestProblems.hourly;
import static org.wptdlm.solver.TestProblems.pad;
import static org.wptdlm.solver.TestProblems.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.SessionPlan;

class PlanCheckerTest {

    private final PlanningProblem problem = hourly(2, 10, List.of(pad("P1", 11), pad("P2", 11)),
            List.of(session("S1", 0, 2, 15, 11), session("S2", 1, 2, 15, 11)));

    private static Plan plan(SessionPlan... sessions) {
        return new Plan(List.of(sessions), null, "test", null);
    }

    @Test
    void acceptsAPlanWithinEveryLimit() {
        Plan plan = plan(new SessionPlan("S1", "P1", List.of(10.0, 5.0)), new SessionPlan("S2", "P2", List.of(0.0, 5.0)));

        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
    }

    @Test
    void reportsGridOverload() {
        Plan plan = plan(new SessionPlan("S1", "P1", List.of(10.0, 5.0)), new SessionPlan("S2", "P2", List.of(0.0, 6.0)));

        assertThat(PlanChecker.violationsOf(problem, plan))
                .containsExactly("slot 1: chargers draw 11.000000 kW, grid limit minus base load allows 10.000000 kW");
    }

    @Test
    void reportsPowerOutsideTheStayAndAbovePadMaximum() {
        Plan plan = plan(new SessionPlan("S1", "P1", List.of(0.0, 0.0)), new SessionPlan("S2", "P2", List.of(1.0, 0.0)));
        Plan tooFast = plan(new SessionPlan("S1", "P1", List.of(0.0, 12.0)), new SessionPlan("S2", null, List.of(0.0, 0.0)));

        assertThat(PlanChecker.violationsOf(problem, plan)).containsExactly("session S2 slot 0: 1.0 kW while not on a pad");
        assertThat(PlanChecker.violationsOf(problem, tooFast)).contains(
                "session S1 slot 1: 12.0 kW above the pad/vehicle maximum 11.0",
                "slot 1: chargers draw 12.000000 kW, grid limit minus base load allows 10.000000 kW");
    }

    @Test
    void reportsTwoVehiclesOnOnePadAndMissingAnswers() {
        Plan shared = plan(new SessionPlan("S1", "P1", List.of(0.0, 0.0)), new SessionPlan("S2", "P1", List.of(0.0, 0.0)));
        Plan missing = plan(new SessionPlan("S1", "P1", List.of(0.0, 0.0)));

        assertThat(PlanChecker.violationsOf(problem, shared)).containsExactly("pad P1 holds sessions S1 and S2 at the same time");
        assertThat(PlanChecker.violationsOf(problem, missing)).containsExactly("session S2 has no answer in the plan");
    }

    @Test
    void reportsEnergyAboveTheRequest() {
        Plan plan = plan(new SessionPlan("S1", "P1", List.of(10.0, 6.0)), new SessionPlan("S2", "P2", List.of(0.0, 0.0)));

        assertThat(PlanChecker.violationsOf(problem, plan))
                .containsExactly("session S1 gets 16.000000 kWh, more than the 15.000000 kWh requested");
    }
}
