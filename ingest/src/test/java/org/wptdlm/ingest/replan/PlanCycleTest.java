package org.wptdlm.ingest.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.cluster.SoleOwnership;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.PadReports;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.replan.RecordingAllocationSink.Published;
import org.wptdlm.ingest.signal.SignalSettings;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.solver.Planner;

/**
 * One re-plan from the live model to the allocations handed to the publisher, with the real planner
 * and without broker or database. Improvements run on the calling thread, so each test sees the whole
 * cycle when {@code run} returns.
 */
class PlanCycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:07.250Z");
    private static final double NO_REPLACEMENT_MARGIN_PERCENT = 1_000_000;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LiveModel model = new LiveModel();
    private final LiveHub hub = model.restoreHub("hub-1", 22, HubStatus.ONLINE);
    private final RecordingAllocationSink sink = new RecordingAllocationSink();
    private final Planner planner = new Planner();

    PlanCycleTest() {
        model.restorePad("hub-1", "pad-1", 11, 0.9, null, PadStatus.AVAILABLE);
        model.restorePad("hub-1", "pad-2", 11, 0.9, null, PadStatus.AVAILABLE);
        parked("ev-1", "pad-1", 30.0);
        parked("ev-2", "pad-2", 60.0);
    }

    private void parked(String vehicleId, String padId, double socPercent) {
        model.restoreVehicle(vehicleId, 60, 11, PriorityClass.NORMAL, socPercent);
        model.restoreRequest(new RequestSnapshot("r-" + vehicleId, "hub-1", vehicleId, null, NOW.minusSeconds(600),
                NOW.plus(Duration.ofHours(2)), 90.0, null, PriorityClass.NORMAL, null, NOW.minusSeconds(600)));
        PadReports.vehicleOn(hub, padId, vehicleId, NOW.minusSeconds(300));
    }

    private PlanCycle cycle(double improvementMarginPercent) {
        ReplanSettings settings = new ReplanSettings(Duration.ofMillis(250), Duration.ofMinutes(5), 5, 15, 8,
                Duration.ofMillis(300), improvementMarginPercent, 1, Duration.ofMinutes(2));
        // The store's database edge (repository, write-behind, events) is used only when schedules
        // arrive; this hub has none, so slots() stacks on the hub's own limit.
        SignalStore signals = new SignalStore(null, null, null,
                new SignalSettings(Duration.ofMinutes(15), null, 0.5, Duration.ofHours(1), 4, 1), clock);
        return new PlanCycle(model, planner, sink, settings, CriticalityRule.DEFAULT,
                (request, now, minimumStay) -> request.departureAt(), signals,
                new SoleOwnership(ClusterSettings.singleInstance("test"), model, clock), Runnable::run, "test-client",
                clock, new SimpleMeterRegistry());
    }

    @Test
    void theSnapshotBecomesAProblemWhoseGreedyPlanIsPublishedAtOnce() {
        PadReports.telemetry(hub, "pad-1", NOW.minusSeconds(30), 1);

        cycle(NO_REPLACEMENT_MARGIN_PERCENT).run("hub-1", DlmTrigger.CHARGING_REQUEST);

        Published greedy = sink.published().get(0);
        assertThat(sink.published()).hasSize(1);
        assertThat(greedy.plan().strategy()).isEqualTo(Planner.GREEDY);
        assertThat(greedy.trigger()).isEqualTo(DlmTrigger.CHARGING_REQUEST);
        assertThat(greedy.problem().start()).isEqualTo(Instant.parse("2026-12-01T10:00:07Z"));
        assertThat(greedy.problem().slots()).isEqualTo(8);
        assertThat(greedy.problem().pads()).extracting(pad -> pad.id()).containsExactlyInAnyOrder("pad-1", "pad-2");
        assertThat(greedy.problem().sessions()).extracting(Session::vehicleId, Session::padId)
                .containsExactlyInAnyOrder(tuple("ev-1", "pad-1"),
                        tuple("ev-2", "pad-2"));
        assertThat(greedy.event().hubId()).isEqualTo("hub-1");
        assertThat(greedy.event().sequence()).isEqualTo(1);
        assertThat(greedy.plan().sessions()).allSatisfy(session -> assertThat(session.kwBySlot().get(0)).isPositive());
        assertThat(model.socExpectation("ev-1")).as("the plan's SoC expectation, for the deviation trigger").isPresent();
    }

    @Test
    void theImprovedPlanReplacesTheGreedyOneOnlyWhenPlannerReplacesAcceptsIt() {
        cycle(0).run("hub-1", DlmTrigger.SCHEDULE);

        List<Published> published = sink.published();
        assertThat(published).extracting(each -> each.plan().strategy()).containsExactly(Planner.GREEDY, Planner.TIMEFOLD);
        assertThat(Planner.replaces(published.get(0).problem(), published.get(1).plan(), published.get(0).plan(), 0))
                .isTrue();
        assertThat(published.get(1).event().sequence()).isEqualTo(2);

        PlanCycleTest other = new PlanCycleTest();
        other.cycle(NO_REPLACEMENT_MARGIN_PERCENT).run("hub-1", DlmTrigger.SCHEDULE);

        assertThat(other.sink.published()).as("no improvement is worth a million per cent: the greedy plan stays")
                .extracting(each -> each.plan().strategy()).containsExactly(Planner.GREEDY);
    }

    @Test
    void silentPadTelemetryGivesTheVehiclesOnPadsTheirFallbackLimitsAndNoImprovement() {
        PadReports.telemetry(hub, "pad-1", NOW.minus(Duration.ofMinutes(3)), 1);

        cycle(0).run("hub-1", DlmTrigger.SCHEDULE);

        Published fallback = sink.published().get(0);
        assertThat(sink.published()).hasSize(1);
        assertThat(fallback.plan().strategy()).isEqualTo(PlanCycle.FALLBACK_STRATEGY);
        assertThat(fallback.plan().reasons()).singleElement().asString().contains("fallback limits");
        // 22 kW of grid shared by two pads, 90 % efficient: 9.9 kW reach each vehicle, in every slot.
        assertThat(fallback.plan().sessions()).extracting(SessionPlan::kwBySlot).allSatisfy(kwBySlot -> assertThat(kwBySlot)
                .hasSize(8).allSatisfy(kw -> assertThat(kw).isCloseTo(9.9, within(1e-9))));
    }
}
