package org.wptdlm.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.mqtt.Inbound;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.NodeTelemetryMessage;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.rejection.RejectionReason;

/** Accepted messages applied to the live model, without broker or database. */
class MessageApplierTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final LiveModel model = new LiveModel();
    private final RecordingEntityStore store = new RecordingEntityStore();
    private final List<String> telemetry = new ArrayList<>();
    private final List<DlmTrigger> replans = new ArrayList<>();
    private final MessageApplier applier = new MessageApplier(model, store, new TelemetrySink() {
        @Override
        public void vehicle(String vehicleId, VehicleTelemetryMessage reading, Instant receivedAt) {
            telemetry.add(vehicleId);
        }

        @Override
        public void node(String hubId, String nodeId, NodeTelemetryMessage reading, Instant receivedAt) {
            telemetry.add(nodeId);
        }
    }, (hubId, trigger) -> replans.add(trigger),
            new ReplanSettings(Duration.ofMillis(250), Duration.ofMinutes(5), 5, 15, 96, Duration.ofSeconds(2), 1, 1,
                    Duration.ofMinutes(2)),
            event -> { }, Clock.fixed(NOW, ZoneOffset.UTC));

    MessageApplierTest() {
        model.restoreHub("hub-1", 22, HubStatus.ONLINE).continueEventSequenceAfter(41);
        model.restorePad("hub-1", "pad-1", 11, 0.9, null, NodeStatus.AVAILABLE);
    }

    @Test
    void aVehicleFirstSeenIsRegisteredInTheModelAndWrittenOnce() {
        apply("iot/vehicles/ev-new/telemetry", new VehicleTelemetryMessage(NOW, 1L, 35.0, 60.0, 11.0, null, null));

        assertThat(model.vehicle("ev-new")).hasValueSatisfying(vehicle -> {
            assertThat(vehicle.socPercent()).isEqualTo(35.0);
            assertThat(vehicle.priorityClass()).isEqualTo(PriorityClass.NORMAL);
        });
        assertThat(store.writes()).containsExactly("vehicle ev-new");
        assertThat(telemetry).containsExactly("ev-new");
    }

    @Test
    void aHubEventIsNumberedAfterTheStoredOnesAndTriggersARePlan() {
        apply("iot/hubs/hub-1/dlm/events",
                new HubEventMessage("hub", DlmEventType.GRID_LIMIT_CHANGED, NOW, 11.0, null, null));

        assertThat(store.writes()).containsExactly("event #42 GRID_LIMIT_CHANGED");
        assertThat(replans).containsExactly(DlmTrigger.GRID_LIMIT_CHANGE);
        assertThat(model.hub("hub-1").orElseThrow().snapshot(NOW).gridLimitKw()).isEqualTo(11.0);
    }

    @Test
    void telemetryOfAnUnknownHubIsRefused() {
        assertThatThrownBy(() -> apply("iot/hubs/hub-x/nodes/pad-1/telemetry",
                new NodeTelemetryMessage(NOW, 1L, 7.2, 10.0, null, true, null)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_HUB));
        assertThat(telemetry).isEmpty();
    }

    private void apply(String topic, Object payload) {
        applier.apply(new Inbound(Topic.parse(topic).orElseThrow(), payload, new byte[0], NOW, () -> { }));
    }
}
