package org.wptdlm.solver.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

class PlanDiffTest {

    private static final Session EV_1 = new Session("s1", "ev-1", 0, 4, 20, 8.0, 11, 1, null);
    private static final Session EV_2 = new Session("s2", "ev-2", 0, 4, 20, null, 11, 1, null);
    private static final Session VAN = new Session("what-if:van", "van", 0, 4, 10, null, 11, 1, null);

    @Test
    void reportsEnergyStateOfChargeAndCriticalNeedPerVehicle() {
        PlanningProblem current = problem(EV_1, EV_2);
        PlanningProblem scenario = problem(EV_1, VAN);

        ScenarioComparison comparison = PlanDiff.compare(current, plan(current, 10, 10), scenario, plan(scenario, 4, 10),
                Map.of("ev-1", new VehicleBattery(50, 20)));

        assertThat(comparison.vehicles()).extracting(VehicleDifference::vehicleId).containsExactly("ev-1", "ev-2", "van");
        VehicleDifference ev1 = comparison.vehicles().get(0);
        assertThat(ev1.change()).isEqualTo(VehicleDifference.Change.LESS);
        assertThat(ev1.current().energyKwh()).isEqualTo(10);
        assertThat(ev1.scenario().energyKwh()).isEqualTo(4);
        assertThat(ev1.energyDeltaKwh()).isEqualTo(-6);
        assertThat(ev1.current().criticalNeedMet()).isTrue();
        assertThat(ev1.scenario().criticalNeedMet()).isFalse();
        assertThat(ev1.current().socAtDeparturePercent()).isEqualTo(40.0);
        assertThat(ev1.scenario().socAtDeparturePercent()).isEqualTo(28.0);
        assertThat(comparison.vehicles().get(1).change()).isEqualTo(VehicleDifference.Change.REMOVED);
        assertThat(comparison.vehicles().get(1).scenario()).isNull();
        assertThat(comparison.vehicles().get(2).change()).isEqualTo(VehicleDifference.Change.ADDED);
        assertThat(comparison.vehicles().get(2).current()).isNull();
        assertThat(comparison.vehicles().get(2).scenario().socAtDeparturePercent()).isNull();
        assertThat(comparison.criticalNeedsLost()).isEqualTo(1);
        assertThat(comparison.criticalNeedsGained()).isZero();
        assertThat(comparison.currentEnergyKwh()).isEqualTo(20);
        assertThat(comparison.scenarioEnergyKwh()).isEqualTo(14);
    }

    @Test
    void identicalPlansDifferInNothing() {
        PlanningProblem current = problem(EV_1, EV_2);

        ScenarioComparison comparison = PlanDiff.compare(current, plan(current, 10, 10), current, plan(current, 10, 10), Map.of());

        assertThat(comparison.vehicles()).extracting(VehicleDifference::change)
                .containsOnly(VehicleDifference.Change.SAME);
        assertThat(comparison.criticalNeedsLost()).isZero();
    }

    @Test
    void aSessionTheCurrentPlanLacksGetsNothingThere() {
        PlanningProblem current = problem(EV_1);

        ScenarioComparison comparison = PlanDiff.compare(current, null, current, plan(current, 10), Map.of());

        assertThat(comparison.vehicles().get(0).current().energyKwh()).isZero();
        assertThat(comparison.vehicles().get(0).current().criticalNeedMet()).isFalse();
        assertThat(comparison.criticalNeedsGained()).isEqualTo(1);
    }

    private static PlanningProblem problem(Session... sessions) {
        return new PlanningProblem(Instant.parse("2026-11-24T06:00:00Z"), 15, 4, new HubLimits("hub", 100, null, null),
                List.of(), List.of(new Pad("p1", 22, 1.0, null), new Pad("p2", 22, 1.0, null)), null, null, List.of(sessions));
    }

    /** Gives the i-th session {@code energiesKwh[i]}, spread evenly over the 4 slots (1 hour). */
    private static Plan plan(PlanningProblem problem, double... energiesKwh) {
        List<SessionPlan> rows = new ArrayList<>();
        for (int i = 0; i < energiesKwh.length; i++) {
            rows.add(new SessionPlan(problem.sessions().get(i).id(), "p" + (i + 1), Collections.nCopies(4, energiesKwh[i])));
        }
        return new Plan(rows, null, "test", null);
    }
}
