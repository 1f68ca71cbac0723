package org.wptdlm.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;

class AllocationBuilderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int SLOTS = 4;

    /** 30 kW connection with 4 kW base load; pads a, b on circuit c1 (15 kW), pad c alone, pad d faulty. */
    private static HubSnapshot hub() {
        return new HubSnapshot("hub-1", HubStatus.ONLINE, 30, 4, Map.of("c1", 15.0), List.of(
                new PadSnapshot("a", 11, 0.9, "c1", PadStatus.CHARGING, "ev-a", 0, null),
                new PadSnapshot("b", 11, 0.9, "c1", PadStatus.CHARGING, "ev-b", 0, null),
                new PadSnapshot("c", 22, 0.95, null, PadStatus.OCCUPIED, "ev-c", 0, null),
                new PadSnapshot("d", 11, 0.9, null, PadStatus.FAULT, null, 0, null)), List.of(), null);
    }

    private static PlanningProblem problem() {
        return new PlanningProblem(NOW, 15, SLOTS, new HubLimits("hub-1", 30, null, null),
                List.of(new Circuit("c1", 15)),
                List.of(new Pad("a", 11, 0.9, "c1"), new Pad("b", 11, 0.9, "c1"), new Pad("c", 22, 0.95, null)),
                null, null, List.of(
                        new Session("r-a", "ev-a", 0, SLOTS, 20, null, 11, 1, "a"),
                        new Session("r-b", "ev-b", 0, SLOTS, 20, null, 11, 1, "b"),
                        new Session("r-c", "ev-c", 0, SLOTS, 20, null, 22, 1, "c")));
    }

    private static Plan plan(double aKw, double bKw, double cKw) {
        return new Plan(List.of(
                new SessionPlan("r-a", "a", Collections.nCopies(SLOTS, aKw)),
                new SessionPlan("r-b", "b", Collections.nCopies(SLOTS, bKw)),
                new SessionPlan("r-c", "c", Collections.nCopies(SLOTS, cKw))), null, "greedy", List.of());
    }

    private static AllocationBuilder.Built build(Plan plan) {
        return AllocationBuilder.build(hub(), problem(), List.of(), plan, DlmTrigger.CHARGING_REQUEST, "svc", NOW, Duration.ofMinutes(10));
    }

    @Test
    void aPlanWithinTheLimitsIsPublishedAsPlanned() {
        AllocationBuilder.Built built = build(plan(6, 6, 10));

        assertThat(built.corrections()).isEmpty();
        assertThat(built.event().setpoints())
                .extracting(AllocationEvent.Setpoint::padId, AllocationEvent.Setpoint::vehicleId, AllocationEvent.Setpoint::powerKw)
                .containsExactly(
                        tuple("a", "ev-a", 6.0),
                        tuple("b", "ev-b", 6.0),
                        tuple("c", "ev-c", 10.0),
                        tuple("d", null, 0.0));
        assertThat(built.event().schedule()).hasSize(3);
        assertThat(built.event().validUntil()).isEqualTo(NOW.plusSeconds(600));
        assertThat(built.event().source()).isEqualTo("dlm-service");
    }

    @Test
    void aPlanOverTheCircuitLimitIsScaledDown() {
        AllocationBuilder.Built built = build(plan(11, 11, 0));

        assertThat(built.corrections()).anyMatch(correction -> correction.contains("circuit c1"));
        assertThat(gridDrawKw(built, "a", "b")).isLessThanOrEqualTo(15.0);
    }

    @Test
    void aPlanOverTheGridLimitIsScaledDownToLimitMinusBaseLoad() {
        AllocationBuilder.Built built = build(plan(6, 6, 22));

        assertThat(built.corrections()).anyMatch(correction -> correction.contains("grid allows"));
        assertThat(gridDrawKw(built, "a", "b", "c", "d")).isLessThanOrEqualTo(26.0);
    }

    @Test
    void powerAboveAPadsMaximumOrForABrokenPadIsRemoved() {
        Plan withBrokenPad = new Plan(List.of(new SessionPlan("r-x", "d", Collections.nCopies(SLOTS, 5.0)),
                new SessionPlan("r-a", "a", Collections.nCopies(SLOTS, Double.NaN))), null, "greedy", List.of());

        AllocationBuilder.Built built = build(withBrokenPad);

        assertThat(built.corrections()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(built.event().setpoints()).allMatch(setpoint -> setpoint.powerKw() == 0);
    }

    @Test
    void fallbackLimitsTogetherKeepEveryLimitEvenWithAllPadsOn() {
        AllocationEvent event = build(plan(0, 0, 0)).event();
        Map<String, Double> efficiency = Map.of("a", 0.9, "b", 0.9, "c", 0.95, "d", 0.9);

        double gridKw = event.setpoints().stream()
                .mapToDouble(setpoint -> setpoint.fallbackKw() / efficiency.get(setpoint.padId()))
                .sum();
        double circuitKw = event.setpoints().stream()
                .filter(setpoint -> List.of("a", "b").contains(setpoint.padId()))
                .mapToDouble(setpoint -> setpoint.fallbackKw() / 0.9)
                .sum();
        assertThat(gridKw).isLessThanOrEqualTo(26.0);
        assertThat(circuitKw).isLessThanOrEqualTo(15.0);
        assertThat(event.setpoints()).allMatch(setpoint -> setpoint.fallbackKw() > 0);
    }

    @Test
    void aLowerBindingLimitInOneSlotScalesThatSlotAndTheFallbacksShareTheLowestHeadroom() {
        PlanningProblem curtailed = problem().withHub(new HubLimits("hub-1", 30, List.of(30.0, 12.0, 30.0, 30.0), null));
        List<GridLimitStep> steps = List.of(new GridLimitStep(0, NOW, 30, "info"),
                new GridLimitStep(1, NOW.plusSeconds(900), 12, "mqtt"), new GridLimitStep(2, NOW.plusSeconds(1800), 30, "info"));

        AllocationBuilder.Built built = AllocationBuilder.build(hub(), curtailed, steps, plan(6, 6, 10),
                DlmTrigger.SIGNAL_CHANGE, "svc", NOW, Duration.ofMinutes(10));

        assertThat(built.corrections()).singleElement().asString().startsWith("slot 1:").contains("the grid allows 12.000 kW");
        Map<String, Double> efficiency = Map.of("a", 0.9, "b", 0.9, "c", 0.95);
        double slot1DrawKw = built.event().schedule().stream()
                .mapToDouble(pad -> pad.kwBySlot().get(1) / efficiency.get(pad.padId()))
                .sum();
        assertThat(slot1DrawKw).isLessThanOrEqualTo(12.0);
        assertThat(built.event().schedule()).allSatisfy(pad -> assertThat(pad.kwBySlot().get(0)).isIn(6.0, 10.0));
        assertThat(built.event().gridLimitKw()).isEqualTo(30);
        assertThat(built.event().gridLimits()).isEqualTo(steps);
        double fallbackDrawKw = built.event().setpoints().stream()
                .mapToDouble(setpoint -> setpoint.fallbackKw() / (setpoint.padId().equals("c") ? 0.95 : 0.9))
                .sum();
        assertThat(fallbackDrawKw).isLessThanOrEqualTo(12.0);
    }

    private static double gridDrawKw(AllocationBuilder.Built built, String... pads) {
        Map<String, Double> efficiency = Map.of("a", 0.9, "b", 0.9, "c", 0.95, "d", 0.9);
        return built.event().setpoints().stream()
                .filter(setpoint -> List.of(pads).contains(setpoint.padId()))
                .mapToDouble(setpoint -> setpoint.powerKw() / efficiency.get(setpoint.padId()))
                .sum();
    }
}
