package org.wptdlm.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.solver.TestProblems.hourly;
import static org.wptdlm.solver.TestProblems.pad;
import static org.wptdlm.solver.TestProblems.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.solver.constraints.ChargingConstraints;
import org.wptdlm.solver.explain.PlanReason;
import org.wptdlm.solver.kpi.KpiCalculator;
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
    void improveFromScratchRunsLocalSearchAfterThePadSearch() {
        // Timefold refuses a spent limit with nanoseconds: the budget left after the pad search once had
        // them, so Timefold failed, was logged and the plan came back without a solver score.
        Plan improved = planner.improve(problem, null, Duration.ofMillis(300));

        assertThat(PlanChecker.violationsOf(problem, improved)).isEmpty();
        assertThat(improved.kpis().score()).startsWith("0hard");
    }

    @Test
    void aPlanAsGoodAsThePublishedOneReplacesItOnlyWithoutAMargin() {
        Plan published = planner.greedy(problem);

        assertThat(Planner.replaces(problem, published, published, 0)).isTrue();
        assertThat(Planner.replaces(problem, published, published, 1)).isFalse();
    }

    @Test
    void aPlanWithMoreWeightedEnergyReplacesThePublishedOneByTheMargin() {
        // One vehicle, 10 kWh wanted: published 5 kWh, candidate 5.04 kWh (+0.8 %).
        PlanningProblem single = hourly(1, 20, List.of(pad("P1", 11)), List.of(session("S1", 0, 1, 10, 11)));
        Plan published = withKw(single, 5.0);
        Plan candidate = withKw(single, 5.04);

        assertThat(Planner.replaces(single, candidate, published, 0.5)).isTrue();
        assertThat(Planner.replaces(single, candidate, published, 1)).isFalse();
        assertThat(Planner.replaces(single, published, candidate, 0)).isFalse();
    }

    @Test
    void aPlanBreakingALimitNeverReplacesThePublishedOne() {
        PlanningProblem single = hourly(1, 5, List.of(pad("P1", 11)), List.of(session("S1", 0, 1, 10, 11)));

        assertThat(Planner.replaces(single, withKw(single, 5.001), withKw(single, 4.0), 0)).isFalse();
    }

    @Test
    void moreCriticalEnergyReplacesThePublishedPlanEvenWithLessWeightedEnergy() {
        PlanningProblem two = hourly(1, 10, List.of(pad("P1", 11), pad("P2", 11)),
                List.of(session("VIP", 0, 1, 10, 10, 5, null), session("LOW", 0, 1, 10, 10, 0, 4.0)));
        Plan published = withKw(two, 10.0, 0.0);
        Plan candidate = withKw(two, 6.0, 4.0);

        assertThat(Planner.replaces(two, candidate, published, 1)).isTrue();
        assertThat(Planner.replaces(two, published, candidate, 0)).isFalse();
    }

    /** A plan giving the problem's sessions, each on the pad of the same index, these powers in slot 0. */
    private static Plan withKw(PlanningProblem problem, double... kwBySession) {
        List<SessionPlan> sessions = new ArrayList<>();
        for (int s = 0; s < kwBySession.length; s++) {
            sessions.add(new SessionPlan(problem.sessions().get(s).id(), problem.pads().get(s).id(), List.of(kwBySession[s])));
        }
        Plan plan = new Plan(sessions, null, Planner.GREEDY, List.of());
        return plan.withKpis(KpiCalculator.kpisOf(problem, plan));
    }

    @Test
    void explainsInWordsWhichVehicleLeavesShortAndWhy() {
        PlanningProblem scarce = hourly(1, 5, List.of(pad("P1", 11)), List.of(session("S1", 0, 1, 10, 11)));

        List<PlanReason> reasons = planner.explain(scarce, planner.greedy(scarce));

        assertThat(reasons).extracting(PlanReason::constraint).contains(ChargingConstraints.ENERGY_MISSING);
        PlanReason missing = reasons.stream()
                .filter(reason -> reason.constraint().equals(ChargingConstraints.ENERGY_MISSING)).findFirst().orElseThrow();
        assertThat(missing.level()).isEqualTo("medium");
        assertThat(missing.cases()).containsExactly("V-S1 leaves 5.0 kWh short of its requested energy");
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
