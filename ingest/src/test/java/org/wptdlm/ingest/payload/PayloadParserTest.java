package org.wptdlm.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.rejection.RejectionReason;

class PayloadParserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final PayloadParser parser = new PayloadParser(
            Clock.fixed(NOW, ZoneOffset.UTC), 2048, Duration.ofMinutes(15), Duration.ofMinutes(2));

    private Object parse(String topic, String json) {
        return parser.parse(Topic.parse(topic).orElseThrow(), json.getBytes(StandardCharsets.UTF_8));
    }

    private RejectionReason reasonOf(String topic, String json) {
        try {
            parse(topic, json);
        } catch (PayloadRejectedException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsAHubDescriptionWithCircuits() {
        HubInfoMessage info = (HubInfoMessage) parse("iot/hubs/hub-1/info", """
                {"name":"Depot","latitude":52.5,"longitude":13.4,"gridLimitKw":150,
                 "circuits":[{"id":"c1","limitKw":60}],"firmware":"2.1"}""");

        assertThat(info.gridLimitKw()).isEqualTo(150);
        assertThat(info.circuits()).containsExactly(new HubInfoMessage.CircuitInfo("c1", 60.0));
    }

    @Test
    void aHubAddressTheDomainWouldRefuseIsRejectedAtTheEdge() {
        String tooLong = "x".repeat(501);

        assertThat(reasonOf("iot/hubs/hub-1/info", """
                {"name":"Depot","address":"%s","latitude":52.5,"longitude":13.4,"gridLimitKw":150}""".formatted(tooLong)))
                .isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(reasonOf("iot/hubs/hub-1/info", """
                {"name":"Depot","address":"Dock\\u0007 1","latitude":52.5,"longitude":13.4,"gridLimitKw":150}"""))
                .isEqualTo(RejectionReason.INVALID_FIELD);
    }

    @Test
    void readsPadStatusCaseInsensitively() {
        PadStatusMessage status = (PadStatusMessage) parse("iot/hubs/hub-1/nodes/pad-1/status",
                "{\"ts\":\"2026-03-01T11:59:00Z\",\"state\":\"occupied\",\"vehicleId\":\"ev-7\"}");

        assertThat(status.state()).isEqualTo(PadStatus.OCCUPIED);
        assertThat(status.vehicleId()).isEqualTo("ev-7");
    }

    @Test
    void defaultsTheSequenceToZeroAndPresenceToTheVehicleId() {
        PadTelemetryMessage reading = (PadTelemetryMessage) parse("iot/hubs/hub-1/nodes/pad-1/telemetry",
                "{\"ts\":\"2026-03-01T11:59:00Z\",\"powerKw\":7.2,\"energyKwh\":120.5,\"vehicleId\":\"ev-7\"}");

        assertThat(reading.seq()).isZero();
        assertThat(reading.vehiclePresent()).isTrue();
    }

    @Test
    void readsARequestWithPriorityClass() {
        ChargingRequestMessage request = (ChargingRequestMessage) parse("iot/hubs/hub-1/requests", """
                {"requestId":"r-1","ts":"2026-03-01T11:59:00Z","vehicleId":"ev-7","targetSocPercent":80,
                 "departure":"2026-03-01T17:00:00Z","priorityClass":"FLEET"}""");

        assertThat(request.priorityClass()).isEqualTo(PriorityClass.FLEET);
        assertThat(request.cancel()).isFalse();
    }

    @Test
    void recognisesTheServicesOwnEventsWithoutCheckingThem() {
        HubEventMessage event = (HubEventMessage) parse("iot/hubs/hub-1/dlm/events",
                "{\"source\":\"dlm-service\",\"type\":\"ALLOCATION\",\"ts\":\"2020-01-01T00:00:00Z\",\"setpoints\":[]}");

        assertThat(event.fromService()).isTrue();
    }

    @Test
    void readsAGridLimitChangeFromAHub() {
        HubEventMessage event = (HubEventMessage) parse("iot/hubs/hub-1/dlm/events",
                "{\"source\":\"hub\",\"type\":\"GRID_LIMIT_CHANGED\",\"ts\":\"2026-03-01T11:59:00Z\",\"gridLimitKw\":80}");

        assertThat(event.type()).isEqualTo(DlmEventType.GRID_LIMIT_CHANGED);
        assertThat(event.fromService()).isFalse();
    }

    @Test
    void rejectsMalformedJson() {
        assertThat(reasonOf("iot/hubs/hub-1/info", "{\"name\":")).isEqualTo(RejectionReason.MALFORMED_JSON);
        assertThat(reasonOf("iot/hubs/hub-1/info", "{} trailing")).isEqualTo(RejectionReason.MALFORMED_JSON);
        assertThat(reasonOf("iot/hubs/hub-1/info", "null")).isEqualTo(RejectionReason.MALFORMED_JSON);
    }

    @Test
    void rejectsMissingAndMistypedFields() {
        assertThat(reasonOf("iot/hubs/hub-1/info", "{\"name\":\"x\",\"latitude\":1,\"longitude\":1}"))
                .isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(reasonOf("iot/hubs/hub-1/nodes/pad-1/status", "{\"ts\":\"2026-03-01T11:59:00Z\",\"state\":\"melting\"}"))
                .isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(reasonOf("iot/hubs/hub-1/nodes/pad-1/info", "[1,2]")).isEqualTo(RejectionReason.INVALID_FIELD);
    }

    @Test
    void rejectsSocOutsideZeroToHundred() {
        assertThat(reasonOf("iot/vehicles/ev-7/telemetry", "{\"ts\":\"2026-03-01T11:59:00Z\",\"socPercent\":101}"))
                .isEqualTo(RejectionReason.SOC_OUT_OF_RANGE);
        assertThat(reasonOf("iot/vehicles/ev-7/telemetry", "{\"ts\":\"2026-03-01T11:59:00Z\",\"socPercent\":-1}"))
                .isEqualTo(RejectionReason.SOC_OUT_OF_RANGE);
    }

    @Test
    void rejectsNegativePowerAndNaN() {
        String topic = "iot/hubs/hub-1/nodes/pad-1/telemetry";
        assertThat(reasonOf(topic, "{\"ts\":\"2026-03-01T11:59:00Z\",\"powerKw\":-3,\"energyKwh\":1}"))
                .isEqualTo(RejectionReason.NEGATIVE_POWER);
        assertThat(reasonOf(topic, "{\"ts\":\"2026-03-01T11:59:00Z\",\"powerKw\":NaN,\"energyKwh\":1}"))
                .isEqualTo(RejectionReason.NOT_A_NUMBER);
        assertThat(reasonOf(topic, "{\"ts\":\"2026-03-01T11:59:00Z\",\"powerKw\":Infinity,\"energyKwh\":1}"))
                .isEqualTo(RejectionReason.NOT_A_NUMBER);
    }

    @Test
    void rejectsOversizedPayloadsBeforeParsing() {
        String big = "{\"name\":\"" + "x".repeat(3000) + "\"}";

        assertThat(reasonOf("iot/hubs/hub-1/info", big)).isEqualTo(RejectionReason.OVERSIZED_PAYLOAD);
    }

    @Test
    void rejectsStaleAndFutureTimestamps() {
        String topic = "iot/vehicles/ev-7/telemetry";
        assertThat(reasonOf(topic, "{\"ts\":\"2026-03-01T11:44:59Z\",\"socPercent\":50}"))
                .isEqualTo(RejectionReason.STALE_TIMESTAMP);
        assertThat(reasonOf(topic, "{\"ts\":\"2026-03-01T12:02:01Z\",\"socPercent\":50}"))
                .isEqualTo(RejectionReason.FUTURE_TIMESTAMP);
    }

    @Test
    void acceptsOldRetainedDescriptions() {
        Object info = parse("iot/hubs/hub-1/nodes/pad-1/info",
                "{\"maxPowerKw\":11,\"efficiency\":0.92,\"ts\":\"2020-01-01T00:00:00Z\"}");

        assertThat(info).isInstanceOf(PadInfoMessage.class);
    }

    @Test
    void rejectsHalfAPosition() {
        assertThatThrownBy(() -> parse("iot/vehicles/ev-7/telemetry",
                        "{\"ts\":\"2026-03-01T11:59:00Z\",\"socPercent\":50,\"latitude\":50}"))
                .isInstanceOfSatisfying(PayloadRejectedException.class,
                        e -> assertThat(e).hasMessageContaining("latitude and longitude"));
    }

    @Test
    void rejectsARequestLeavingBeforeItIsMade() {
        assertThat(reasonOf("iot/hubs/hub-1/requests", """
                {"requestId":"r-1","ts":"2026-03-01T11:59:00Z","vehicleId":"ev-7","energyKwh":10,
                 "departure":"2026-03-01T11:00:00Z"}""")).isEqualTo(RejectionReason.INVALID_FIELD);
    }

    @Test
    void rejectsHubEventsClaimingToBeAllocations() {
        assertThat(reasonOf("iot/hubs/hub-1/dlm/events",
                "{\"source\":\"hub\",\"type\":\"ALLOCATION\",\"ts\":\"2026-03-01T11:59:00Z\"}"))
                .isEqualTo(RejectionReason.INVALID_FIELD);
    }

    @Test
    void readsAGridLimitScheduleSortedByStart() {
        GridScheduleMessage schedule = (GridScheduleMessage) parse("iot/hubs/hub-1/grid/limits", """
                {"intervals":[{"start":"2026-03-01T13:00:00Z","end":"2026-03-01T14:00:00Z","value":40},
                              {"start":"2026-03-01T12:00:00Z","end":"2026-03-01T13:00:00Z","value":0}],
                 "validUntil":"2026-03-01T18:00:00Z"}""");

        assertThat(schedule.intervals()).extracting(GridScheduleMessage.Interval::value).containsExactly(0.0, 40.0);
        assertThat(schedule.validUntil()).isEqualTo(Instant.parse("2026-03-01T18:00:00Z"));
    }

    @Test
    void refusesGridSchedulesOutsideTheirKindsRangeOrAlreadyPast() {
        String hour = "{\"intervals\":[{\"start\":\"2026-03-01T12:00:00Z\",\"end\":\"2026-03-01T13:00:00Z\",\"value\":%s}]%s}";
        assertThat(reasonOf("iot/hubs/hub-1/grid/limits", hour.formatted("-1", ""))).isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(((GridScheduleMessage) parse("iot/hubs/hub-1/grid/prices", hour.formatted("-0.05", ""))).intervals())
                .singleElement().satisfies(interval -> assertThat(interval.value()).isEqualTo(-0.05));
        assertThat(reasonOf("iot/hubs/hub-1/grid/prices", hour.formatted("500", ""))).isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(reasonOf("iot/hubs/hub-1/grid/carbon", hour.formatted("NaN", ""))).isEqualTo(RejectionReason.NOT_A_NUMBER);
        assertThat(reasonOf("iot/hubs/hub-1/grid/limits", hour.formatted("10", ",\"validUntil\":\"2026-03-01T11:00:00Z\"")))
                .isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(reasonOf("iot/hubs/hub-1/grid/limits", "{}")).isEqualTo(RejectionReason.INVALID_FIELD);
        assertThat(((GridScheduleMessage) parse("iot/hubs/hub-1/grid/limits", "{\"intervals\":[]}")).intervals()).isEmpty();
    }

    @Test
    void readsASiteMeterAndTakesChargingOffTheImport() {
        SiteMeterMessage meter = (SiteMeterMessage) parse("iot/hubs/hub-1/meter",
                "{\"ts\":\"2026-03-01T11:59:00Z\",\"importKw\":42.5,\"chargingKw\":30}");

        assertThat(meter.baseLoadKw(99)).isEqualTo(12.5);
        assertThat(new SiteMeterMessage(NOW, null, -5.0, null).baseLoadKw(2)).isZero();
        assertThat(reasonOf("iot/hubs/hub-1/meter", "{\"ts\":\"2026-03-01T11:59:00Z\",\"importKw\":1e9}"))
                .isEqualTo(RejectionReason.INVALID_FIELD);
    }
}
