package org.wptdlm.ingest.mqtt;

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
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.cluster.SoleOwnership;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.RecordingEntityStore;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.live.TelemetrySink;
import org.wptdlm.ingest.payload.ChargingRequestMessage;
import org.wptdlm.ingest.payload.GridScheduleMessage;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.PadInfoMessage;
import org.wptdlm.ingest.payload.PadStatusMessage;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.payload.SiteMeterMessage;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.ingest.signal.BaseLoadForecaster;
import org.wptdlm.ingest.signal.SignalSettings;

/** Accepted messages applied to the live model, without broker or database. */
class MessageApplierTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final LiveModel model = new LiveModel();
    private final RecordingEntityStore store = new RecordingEntityStore();
    private final List<String> telemetry = new ArrayList<>();
    private final List<DlmTrigger> replans = new ArrayList<>();
    private final List<SignalSchedule> signals = new ArrayList<>();
    private final ReplanSettings replanSettings = new ReplanSettings(Duration.ofMillis(250), Duration.ofMinutes(5), 5, 15,
            96, Duration.ofSeconds(2), 1, 1, Duration.ofMinutes(2));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MessageApplier applier = new MessageApplier(model, store, new TelemetrySink() {
        @Override
        public void vehicle(VehicleTelemetry reading) {
            telemetry.add(reading.vehicleId());
        }

        @Override
        public void pad(PadTelemetry reading) {
            telemetry.add(reading.padId());
        }
    }, (hubId, trigger) -> replans.add(trigger), replanSettings, event -> { }, clock, signals::add,
            new BaseLoadForecaster(signals::add, new SignalSettings(Duration.ofMinutes(15), null, 0.5,
                    Duration.ofHours(1), 4, 1), replanSettings, clock),
            new SoleOwnership(ClusterSettings.singleInstance("test"), model, clock));

    MessageApplierTest() {
        model.restoreHub("hub-1", 22, HubStatus.ONLINE).continueEventSequenceAfter(41);
        model.restorePad("hub-1", "pad-1", 11, 0.9, null, PadStatus.AVAILABLE);
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
                new PadTelemetryMessage(NOW, 1L, 7.2, 10.0, null, true, null)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_HUB));
        assertThat(telemetry).isEmpty();
    }

    @Test
    void aGridScheduleOfAKnownHubGoesToTheSignalsAsTheMqttSource() {
        apply("iot/hubs/hub-1/grid/limits", new GridScheduleMessage(List.of(
                new GridScheduleMessage.Interval(NOW, NOW.plusSeconds(3600), 12.0)), NOW.plusSeconds(600), null));

        assertThat(signals).singleElement().satisfies(schedule -> {
            assertThat(schedule.kind()).isEqualTo(SignalKind.GRID_LIMIT_KW);
            assertThat(schedule.source()).isEqualTo("mqtt");
            assertThat(schedule.valueAt(NOW)).hasValue(12.0);
            assertThat(schedule.validUntil()).isEqualTo(NOW.plusSeconds(600));
        });
        assertThatThrownBy(() -> apply("iot/hubs/nohub/grid/prices", new GridScheduleMessage(List.of(
                new GridScheduleMessage.Interval(NOW, NOW.plusSeconds(3600), 0.2)), null, null)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_HUB));
    }

    @Test
    void aSiteMeterReadingBecomesABaseLoadForecastOfImportLessCharging() {
        apply("iot/hubs/hub-1/meter", new SiteMeterMessage(NOW, 1L, 30.0, 18.0));

        assertThat(signals).singleElement().satisfies(schedule -> {
            assertThat(schedule.kind()).isEqualTo(SignalKind.BASE_LOAD_KW);
            assertThat(schedule.source()).isEqualTo("meter");
            assertThat(schedule.intervals()).hasSize(4).allSatisfy(interval -> assertThat(interval.value()).isEqualTo(12.0));
        });
        assertThatThrownBy(() -> apply("iot/hubs/hub-1/meter", new SiteMeterMessage(NOW, 1L, 30.0, 18.0)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.DUPLICATE));
        assertThatThrownBy(() -> apply("iot/hubs/hub-1/meter", new SiteMeterMessage(NOW.minusSeconds(5), 0L, 30.0, 18.0)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.OUT_OF_ORDER));
    }

    @Test
    void aHubDescriptionBecomesTheModelsLimitsAndOneWriteOfHubAndCircuits() {
        apply("iot/hubs/hub-1/info", new HubInfoMessage("Depot", null, 48.1, 11.5, 30.0,
                List.of(new HubInfoMessage.CircuitInfo("c-1", 16.0)), NOW));

        assertThat(model.hub("hub-1").orElseThrow().snapshot(NOW).circuitLimitsKw()).containsEntry("c-1", 16.0);
        assertThat(store.writes()).containsExactly("hub hub-1");
        assertThat(replans).containsExactly(DlmTrigger.GRID_LIMIT_CHANGE);
    }

    @Test
    void whatTheModelRefusesIsRejectedWithItsReasonAndNothingIsWritten() {
        assertThatThrownBy(() -> apply("iot/hubs/hub-1/nodes/pad-2/info", new PadInfoMessage(11.0, 0.9, "c-9", NOW)))
                .isInstanceOfSatisfying(PayloadRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_FIELD);
                    assertThat(e.getMessage()).isEqualTo("circuitId c-9 is not a circuit of hub hub-1");
                });
        assertThat(store.writes()).isEmpty();
    }

    @Test
    void aRequestIsStoredAndCompletedWhenItsVehicleLeavesThePad() {
        model.restoreVehicle("ev-1", 60, 11, PriorityClass.NORMAL, 40.0);
        apply("iot/hubs/hub-1/requests", new ChargingRequestMessage("r-1", NOW, "ev-1", "pad-1", 80.0, null,
                NOW.plusSeconds(7200), null, false));
        apply("iot/hubs/hub-1/nodes/pad-1/status", new PadStatusMessage(NOW, PadStatus.CHARGING, "ev-1", null));
        apply("iot/hubs/hub-1/nodes/pad-1/status", new PadStatusMessage(NOW.plusSeconds(60), PadStatus.AVAILABLE, null, null));

        assertThat(store.writes()).containsExactly("request r-1", "pad status CHARGING", "pad status AVAILABLE",
                "request r-1 COMPLETED");
        assertThat(replans).containsExactly(DlmTrigger.CHARGING_REQUEST, DlmTrigger.VEHICLE_ARRIVAL,
                DlmTrigger.VEHICLE_DEPARTURE);
        assertThatThrownBy(() -> apply("iot/hubs/hub-1/nodes/pad-1/status",
                new PadStatusMessage(NOW.plusSeconds(60), PadStatus.AVAILABLE, null, null)))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.DUPLICATE));
    }

    private void apply(String topic, Object payload) {
        applier.apply(new Inbound(Topic.parse(topic).orElseThrow(), payload, new byte[0], NOW, () -> { }));
    }
}
