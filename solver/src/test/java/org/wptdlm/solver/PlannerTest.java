package org.wptdlm.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.solver.TestProblems.hourly;
import static org.wptdlm.solver.TestProblems.pad;
import static org.wptdlm.solver.TestProblems.session;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.kpi.PlanChecker;

class PlannerTest {

    private final Planner planner = new Planner();

    private final PlanningProblem problem = hourly(4, 12, List.of(pad("P1", 11), pad("P2", 11)),
            List.of(session("S1", 0, 4, 30, 11), session("S2", 1, 3, 15, 11, 1, 5.0)));

    @Test
    void greedyPlanKeepsEveryLimitAndReportsKpis() {
        Plan plan = planner.greedy(problem);

        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
        assertThat(plan.strategy()).isEqualTo(Planner.GREEDY);
        assertThat(plan.kpis().energyDeliveredKwh()).isGreaterThan(40.0);
        assertThat(plan.kpis().criticalEnergyDeliveredKwh()).isEqualTo(5.0);
    }

    @Test
    void improvedPlanIsNoWorseThanTheWarmStartAndKeepsEveryLimit() {
        Plan greedy = planner.greedy(problem);

        Plan improved = planner.improve(problem, greedy, Duration.ofMillis(300));

        assertThat(PlanChecker.violationsOf(problem, improved)).isEmpty();
        assertThat(improved.kpis().weightedEnergyDeliveredKwh())
                .isGreaterThanOrEqualTo(greedy.kpis().weightedEnergyDeliveredKwh() - 0.01);
        assertThat(improved.kpis().score()).startsWith("0hard");
    }

    @Test
    void impossibleProblemGetsAZeroPlanWithTheReason() {
        PlanningProblem blocked = problem.withHub(new HubLimits("H1", 12, null, List.of(13.0, 13.0, 13.0, 13.0)));

        Plan plan = planner.greedy(blocked);

        assertThat(plan.kpis().energyDeliveredKwh()).isZero();
        assertThat(plan.reasons()).containsExactly(
                "slots 0-3: base load 13.0 kW is at or above the grid limit 12.0 kW, so no charging there");
        assertThat(planner.upperBound(blocked)).isZero();
    }

    @Test
    void invalidProblemIsRejectedWithTheField() {
        PlanningProblem invalid = problem.withSessions(List.of(session("S1", 3, 2, 10, 11)));

        assertThatThrownBy(() -> planner.greedy(invalid)).isInstanceOf(InvalidProblemException.class)
                .hasMessage("sessions[0].departureSlot must be > arrivalSlot (3), was 2");
    }
}
