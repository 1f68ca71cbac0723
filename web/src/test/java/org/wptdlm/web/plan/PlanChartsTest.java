package org.wptdlm.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.solver.whatif.VehicleBattery;

class PlanChartsTest {

    private static final Instant START = Instant.parse("2026-11-23T22:00:00Z");

    /** Four one-hour slots over midnight; the limit drops to 10 kW in the third. */
    private static final PlanningProblem PROBLEM = new PlanningProblem(START, 60, 4,
            new HubLimits("hub-1", 20, List.of(20.0, 20.0, 10.0, 20.0), null), null,
            List.of(new Pad("pad-1", 11, 0.5, null), new Pad("pad-2", 11, 1.0, null)), null, null,
            List.of(new Session("s-1", "ev-1", 0, 3, 20, null, 11, 3, "pad-1"),
                    new Session("s-2", "ev-2", 1, 4, 10, null, 11, 1, "pad-2"),
                    new Session("s-3", "ev-3", 0, 4, 10, null, 11, 1, null)));

    private static final List<SessionPlan> PLAN = List.of(
            new SessionPlan("s-1", "pad-1", List.of(5.0, 5.0, 5.0, 0.0)),
            new SessionPlan("s-2", "pad-2", List.of(0.0, 4.0, 0.0, 6.0)),
            new SessionPlan("s-3", null, List.of(0.0, 0.0, 0.0, 0.0)));

    private final PlanCharts charts = new PlanCharts(PROBLEM, PLAN, ZoneOffset.UTC);

    @Test
    void gridDrawIsDeliveredPowerOverPadEfficiencyPerVehicleMostImportantFirst() {
        GridChart chart = charts.gridDraw(START.plusSeconds(90 * 60));

        assertThat(chart.stacks()).extracting(GridChart.Stack::name).containsExactly("ev-1", "ev-2");
        assertThat(chart.stacks().get(0).kw()).containsExactly(10.0, 10.0, 10.0, 0.0);
        assertThat(chart.stacks().get(1).kw()).containsExactly(0.0, 4.0, 0.0, 6.0);
        assertThat(chart.limitKw()).containsExactly(20.0, 20.0, 10.0, 20.0);
        assertThat(chart.baseLoadKw()).isNull();
        assertThat(chart.nowIndex()).isEqualTo(1);
    }

    @Test
    void theBindingLimitCarriesItsSourcePerSlotAndPricesAndCarbonComeAlong() {
        PlanningProblem priced = new PlanningProblem(START, 60, 4, PROBLEM.hub(), null, PROBLEM.pads(),
                List.of(0.30, 0.30, 0.12, 0.12), List.of(400.0, 380.0, 150.0, 120.0), PROBLEM.sessions());
        List<GridLimitStep> steps = List.of(
                new GridLimitStep(0, START, 20, "info"),
                new GridLimitStep(2, START.plusSeconds(7200), 10, "mqtt"),
                new GridLimitStep(3, START.plusSeconds(10800), 20, "info"));

        GridChart chart = new PlanCharts(priced, PLAN, ZoneOffset.UTC).gridDraw(START, steps);

        assertThat(chart.limitSources()).containsExactly("info", "info", "mqtt", "info");
        assertThat(chart.pricePerKwh()).containsExactly(0.30, 0.30, 0.12, 0.12);
        assertThat(chart.carbonGPerKwh()).containsExactly(400.0, 380.0, 150.0, 120.0);
        assertThat(charts.gridDraw(START).limitSources()).isNull();
        assertThat(charts.gridDraw(START).pricePerKwh()).isNull();
    }

    @Test
    void slotsThatStartANewDayNameTheDay() {
        assertThat(charts.gridDraw(START).slotLabels()).containsExactly("22:00", "23:00", "Tue 00:00", "01:00");
    }

    @Test
    void presentOutsideTheHorizonHasNoMarker() {
        assertThat(charts.gridDraw(START.minusSeconds(1)).nowIndex()).isNull();
        assertThat(charts.gridDraw(START.plusSeconds(4 * 3600)).nowIndex()).isNull();
    }

    @Test
    void manyVehiclesAreStackedByPriority() {
        List<Session> sessions = new ArrayList<>();
        List<SessionPlan> plans = new ArrayList<>();
        for (int i = 0; i < PlanCharts.MAX_SERIES + 1; i++) {
            sessions.add(new Session("s-" + i, "ev-" + i, 0, 4, 10, null, 11, i % 2 == 0 ? 3 : 1, "pad-2"));
            plans.add(new SessionPlan("s-" + i, "pad-2", List.of(1.0, 1.0, 1.0, 1.0)));
        }
        GridChart chart = new PlanCharts(PROBLEM.withSessions(sessions), plans, ZoneOffset.UTC).gridDraw(START);

        assertThat(chart.stacks()).extracting(GridChart.Stack::name).containsExactly("Emergency (7)", "Normal (6)");
        assertThat(chart.stacks().get(0).kw()).containsExactly(7.0, 7.0, 7.0, 7.0);
    }

    @Test
    void stateOfChargeRisesWithDeliveredEnergyWhilePresentAndAimsAtTheRequest() {
        SocChart chart = charts.stateOfCharge(Map.of("ev-1", new VehicleBattery(50, 20), "ev-2", new VehicleBattery(40, 50)));

        SocChart.VehicleLine first = chart.vehicles().get(0);
        assertThat(first.name()).isEqualTo("ev-1");
        assertThat(first.socPercent()).containsExactly(30.0, 40.0, 50.0, null);
        assertThat(first.targetSocPercent()).isEqualTo(60.0);
        assertThat(first.departureIndex()).isEqualTo(2);
        SocChart.VehicleLine second = chart.vehicles().get(1);
        assertThat(second.socPercent()).isEqualTo(Arrays.asList(null, 60.0, 60.0, 75.0));
        assertThat(second.departureIndex()).isEqualTo(3);
        assertThat(chart.hiddenVehicles()).isEqualTo(1);
    }
}
