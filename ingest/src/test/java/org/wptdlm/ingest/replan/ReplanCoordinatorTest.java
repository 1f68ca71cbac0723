package org.wptdlm.ingest.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.cluster.SoleOwnership;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.mqtt.MqttProperties;
import org.wptdlm.ingest.replan.RecordingAllocationSink.Published;
import org.wptdlm.ingest.signal.SignalSettings;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.solver.Planner;

/**
 * The debounce of re-plans per hub, on the coordinator's own threads, with the real planner and without
 * broker or database. The hubs have pads but no requests, so each re-plan publishes one greedy plan and
 * starts no improvement. The debounce is long enough that "at once" and "after the debounce" cannot be
 * confused on a loaded machine.
 */
class ReplanCoordinatorTest {

    // Long against AT_ONCE, so a loaded CI machine stalling a few seconds cannot end a debounce early.
    private static final Duration DEBOUNCE = Duration.ofSeconds(8);
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    private final Clock clock = Clock.systemUTC();
    private final LiveModel model = new LiveModel();
    private final RecordingAllocationSink sink = new RecordingAllocationSink();
    private final ReplanCoordinator coordinator;

    ReplanCoordinatorTest() {
        for (String hubId : new String[] {"hub-a", "hub-b"}) {
            model.restoreHub(hubId, 22, HubStatus.ONLINE);
            model.restorePad(hubId, "pad-1", 11, 0.9, null, PadStatus.AVAILABLE);
        }
        ReplanSettings settings = new ReplanSettings(DEBOUNCE, Duration.ofMinutes(5), 5, 15, 8, Duration.ofMillis(200),
                1, 1, Duration.ofMinutes(2));
        // The store's database edge is used only when schedules arrive; these hubs have none.
        SignalStore signals = new SignalStore(null, null, null,
                new SignalSettings(Duration.ofMinutes(15), null, 0.5, Duration.ofHours(1), 4, 1), clock);
        MqttProperties mqtt = new MqttProperties(false, null, null, null, "test-client", false, 1, 100, 65536,
                Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(30), "wpt-dlm/status", Duration.ofMinutes(5), null);
        coordinator = new ReplanCoordinator(model, new Planner(), sink, settings, CriticalityRule.DEFAULT,
                (request, now, minimumStay) -> request.departureAt(), signals,
                new SoleOwnership(ClusterSettings.singleInstance("test"), model, clock), mqtt, clock,
                new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        coordinator.destroy();
    }

    @Test
    void theFirstTriggerIsPlannedAtOnceAndTheNextOnesWithinTheDebounceTogetherOnce() {
        coordinator.replan("hub-a", DlmTrigger.CHARGING_REQUEST);
        await().atMost(AT_ONCE).until(() -> sink.of("hub-a").size() == 1);

        coordinator.replan("hub-a", DlmTrigger.VEHICLE_ARRIVAL);
        coordinator.replan("hub-a", DlmTrigger.SOC_DEVIATION);
        coordinator.replan("hub-a", DlmTrigger.GRID_LIMIT_CHANGE);
        assertThat(sink.of("hub-a")).as("within the debounce, nothing more yet").hasSize(1);

        await().atMost(DEBOUNCE.multipliedBy(3)).until(() -> sink.of("hub-a").size() == 2);
        await().during(DEBOUNCE.plusSeconds(1)).atMost(DEBOUNCE.plusSeconds(3))
                .until(() -> sink.of("hub-a").size() == 2);
        assertThat(sink.of("hub-a")).extracting(Published::trigger)
                .as("the combined re-plan is named after the first trigger it combines")
                .containsExactly(DlmTrigger.CHARGING_REQUEST, DlmTrigger.VEHICLE_ARRIVAL);
    }

    @Test
    void aHubIsPlannedAtOnceWhileAnotherHubsReplanWaitsForItsDebounce() {
        coordinator.replan("hub-a", DlmTrigger.CHARGING_REQUEST);
        await().atMost(AT_ONCE).until(() -> sink.of("hub-a").size() == 1);
        coordinator.replan("hub-a", DlmTrigger.VEHICLE_ARRIVAL);

        coordinator.replan("hub-b", DlmTrigger.NODE_FAULT);

        await().atMost(AT_ONCE).until(() -> sink.of("hub-b").size() == 1);
        assertThat(sink.of("hub-a")).as("hub-a's second re-plan still waits for its debounce").hasSize(1);
        assertThat(sink.of("hub-b")).extracting(Published::trigger).containsExactly(DlmTrigger.NODE_FAULT);
        await().atMost(DEBOUNCE.multipliedBy(3)).until(() -> sink.of("hub-a").size() == 2);
    }
}
