package org.wptdlm.ingest.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.event.DlmEventFilter;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.rejected.RejectedMessage;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.TestClient;

/**
 * The live loop end to end, as a hub integrator sees it over MQTT: announce a hub, its pads and
 * vehicles, ask for charging, receive allocations; send garbage and duplicates; report a lower
 * grid limit.
 */
class LiveLoopIntegrationTest extends LiveLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final double EFFICIENCY = 0.9;

    @Autowired
    DlmEventRepository events;
    @Autowired
    PlanRepository plans;
    @Autowired
    RejectedMessageRepository rejected;
    @Autowired
    PadTelemetryRepository padTelemetry;
    @Autowired
    LiveModel model;
    @Autowired
    MeterRegistry meters;

    private final ObjectMapper mapper = PayloadParser.mapper();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String hubId = "it-" + run + "-hub";
    private final Instant testStart = Instant.now();
    private TestClient controller;

    @BeforeEach
    void connectController() throws Exception {
        controller = new TestClient(brokerUrl());
        controller.subscribe("iot/hubs/" + hubId + "/dlm/events");
    }

    @AfterEach
    void clearRetained() throws Exception {
        controller.clearRetained("iot/hubs/" + hubId + "/info");
        for (int pad = 1; pad <= 3; pad++) {
            controller.clearRetained("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/info");
        }
        controller.clearRetained("iot/hubs/" + hubId + "/dlm/allocation");
        controller.close();
    }

    @Test
    void aHubAnnouncedOverMqttGetsAllocationsWithinEveryLimit() throws Exception {
        announceHub(20, 12);
        for (int pad = 1; pad <= 3; pad++) {
            parkVehicle(pad);
        }

        JsonNode allocation = awaitAllocation(event -> vehiclesIn(event) == 3);

        assertWithinLimits(allocation, 20, 12);
        assertThat(allocation.get("trigger").asText()).isIn("CHARGING_REQUEST", "VEHICLE_ARRIVAL");
        assertThat(allocation.get("sequence").asLong()).isPositive();
        assertThat(allocation.get("schedule")).isNotEmpty();
        try (TestClient reconnecting = new TestClient(brokerUrl())) {
            reconnecting.subscribe("iot/hubs/" + hubId + "/dlm/allocation");
            TestClient.Received retained = reconnecting.await(message -> true, WAIT);
            assertThat(mapper.readTree(retained.payload()).get("sequence").asLong())
                    .isGreaterThanOrEqualTo(allocation.get("sequence").asLong());
        }
        List<DlmEvent> stored = awaitValue(() -> events.findByHub(hubId,
                new DlmEventFilter(DlmEventType.ALLOCATION, TimeRange.ALL), new PageQuery(0, 100)).items(), list -> !list.isEmpty());
        assertThat(stored).allMatch(event -> event.source() == DlmEventSource.SERVICE && event.planId() != null);
        assertThat(plans.findLatestByHub(hubId)).isPresent();
    }

    @Test
    void malformedPayloadsOnEveryTopicAreRejectedWithReasonsWhileValidTrafficCarriesOn() throws Exception {
        announceHub(50, 40);
        String hub = "iot/hubs/" + hubId;
        String vehicle = "iot/vehicles/it-" + run + "-ghost/telemetry";
        controller.publish(hub + "/info", "{\"name\":\"broken\"", false);
        controller.publish(hub + "/nodes/pad-9/info", "{\"maxPowerKw\":-11,\"efficiency\":0.9}", false);
        controller.publish(hub + "/status", "{\"ts\":\"2001-01-01T00:00:00Z\",\"state\":\"ONLINE\"}");
        controller.publish(hub + "/nodes/pad-1/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"melting\"}");
        controller.publish(vehicle, "{\"ts\":\"" + Instant.now() + "\",\"socPercent\":180}");
        controller.publish(hub + "/nodes/pad-1/telemetry", reading(1, "-7.2", 10));
        controller.publish(hub + "/nodes/pad-1/telemetry", reading(2, "NaN", 10));
        controller.publish(hub + "/nodes/pad-1/telemetry", reading(3, "7.2", 10.5));
        controller.publish(hub + "/dlm/events", "{\"source\":\"hub\",\"type\":\"NODE_FAULT\",\"ts\":\"" + Instant.now() + "\"}");
        controller.publish(hub + "/requests", "x".repeat(70_000));
        controller.publish("iot/hubs/it-" + run + "-nohub/requests", request("r-x", "ev-x", null));
        controller.publish(vehicle, "{\"ts\":\"" + Instant.now() + "\",\"socPercent\":50}");
        controller.publish(hub + "/nodes/pad-1/telemetry", reading(4, "7.2", 11));

        awaitValue(() -> rejectionsOfThisRun().size(), count -> count >= 11);
        Map<String, String> reasonByTopic = new HashMap<>();
        rejectionsOfThisRun().forEach(message -> reasonByTopic.put(message.topic(), code(message)));
        assertThat(reasonByTopic).containsEntry(hub + "/info", "malformed-json")
                .containsEntry(hub + "/nodes/pad-9/info", "invalid-field")
                .containsEntry(hub + "/status", "stale-timestamp")
                .containsEntry(hub + "/nodes/pad-1/status", "invalid-field")
                .containsEntry(hub + "/dlm/events", "invalid-field")
                .containsEntry(hub + "/requests", "oversized-payload")
                .containsEntry("iot/hubs/it-" + run + "-nohub/requests", "unknown-hub");
        assertThat(reasonsOf(hub + "/nodes/pad-1/telemetry")).containsExactlyInAnyOrder("negative-power", "not-a-number");
        assertThat(reasonsOf(vehicle)).containsExactlyInAnyOrder("soc-out-of-range", "unknown-vehicle");
        assertThat(awaitValue(() -> padTelemetry.findByPad(hubId, "pad-1", TimeRange.ALL, 10), rows -> rows.size() == 2))
                .extracting(row -> row.sequence())
                .containsExactly(4L, 3L);
        assertThat(meters.counter("dlm.mqtt.rejected", "reason", "negative-power").count()).isPositive();
    }

    @Test
    void duplicatesAreStoredOnceAndTheirEnergyCountedOnce() throws Exception {
        announceHub(50, 40);
        String topic = "iot/hubs/" + hubId + "/nodes/pad-1/telemetry";
        String first = reading(7, "7.2", 100.0);
        controller.publish(topic, first);
        controller.publish(topic, first);
        controller.publish(topic, reading(8, "7.2", 100.5));
        controller.publish(topic, first);

        assertThat(awaitValue(() -> padTelemetry.findByPad(hubId, "pad-1", TimeRange.ALL, 10), rows -> rows.size() == 2))
                .extracting(row -> row.sequence())
                .containsExactly(8L, 7L);
        assertThat(awaitValue(() -> reasonsOf(topic), reasons -> reasons.size() == 2)).containsOnly("duplicate");
        assertThat(model.hub(hubId).orElseThrow().snapshot(Instant.now()).pads())
                .filteredOn(pad -> pad.padId().equals("pad-1"))
                .singleElement()
                .satisfies(pad -> assertThat(pad.energyMeterKwh()).isEqualTo(100.5));
    }

    @Test
    void aGridLimitReportedByTheHubIsActedOnAndOwnEventsAreNot() throws Exception {
        announceHub(30, 30);
        parkVehicle(1);
        parkVehicle(3);
        awaitAllocation(event -> vehiclesIn(event) == 2);
        double ownEventsBefore = meters.counter("dlm.mqtt.own.events").count();

        controller.publish("iot/hubs/" + hubId + "/dlm/events",
                "{\"source\":\"hub\",\"type\":\"GRID_LIMIT_CHANGED\",\"ts\":\"" + Instant.now() + "\",\"gridLimitKw\":8}");

        JsonNode reduced = awaitAllocation(event -> event.get("gridLimitKw").asDouble() == 8);
        assertWithinLimits(reduced, 8, 30);
        assertThat(awaitValue(() -> events.findByHub(hubId, new DlmEventFilter(DlmEventType.GRID_LIMIT_CHANGED,
                TimeRange.ALL), new PageQuery(0, 10)).items(), list -> !list.isEmpty()))
                .singleElement()
                .satisfies(event -> assertThat(event.source()).isEqualTo(DlmEventSource.HUB));
        assertThat(awaitValue(() -> meters.counter("dlm.mqtt.own.events").count(), count -> count > ownEventsBefore))
                .isGreaterThan(ownEventsBefore);
        assertThat(reasonsOf("iot/hubs/" + hubId + "/dlm/events")).isEmpty();
    }

    private void announceHub(double gridLimitKw, double circuitLimitKw) throws Exception {
        controller.publish("iot/hubs/" + hubId + "/info", """
                {"name":"Test hub %s","latitude":52.5,"longitude":13.4,"gridLimitKw":%s,
                 "circuits":[{"id":"c1","limitKw":%s}]}""".formatted(run, gridLimitKw, circuitLimitKw), true);
        for (int pad = 1; pad <= 3; pad++) {
            String circuit = pad <= 2 ? ",\"circuitId\":\"c1\"" : "";
            controller.publish("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/info",
                    "{\"maxPowerKw\":11,\"efficiency\":" + EFFICIENCY + circuit + "}", true);
        }
        controller.publish("iot/hubs/" + hubId + "/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"ONLINE\"}");
    }

    private void parkVehicle(int pad) throws Exception {
        String vehicleId = "it-" + run + "-ev-" + pad;
        controller.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                + "\",\"socPercent\":30,\"batteryCapacityKwh\":60,\"maxChargePowerKw\":11}");
        controller.publish("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/status",
                "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
        controller.publish("iot/hubs/" + hubId + "/requests", request("it-" + run + "-r-" + pad, vehicleId, "pad-" + pad));
    }

    private static String request(String requestId, String vehicleId, String padId) {
        String pad = padId == null ? "" : ",\"nodeId\":\"" + padId + "\"";
        return "{\"requestId\":\"" + requestId + "\",\"ts\":\"" + Instant.now() + "\",\"vehicleId\":\"" + vehicleId
                + "\"" + pad + ",\"targetSocPercent\":90,\"departure\":\"" + Instant.now().plusSeconds(4 * 3600) + "\"}";
    }

    /** A pad reading whose device time is fixed by its sequence, so a repeat is a true duplicate. */
    private String reading(long seq, String powerKw, double energyKwh) {
        return "{\"ts\":\"%s\",\"seq\":%d,\"powerKw\":%s,\"energyKwh\":%s}"
                .formatted(testStart.plusMillis(seq), seq, powerKw, energyKwh);
    }

    private JsonNode awaitAllocation(Predicate<JsonNode> matching) throws InterruptedException {
        TestClient.Received received = controller.await(message -> {
            JsonNode event = parse(message.payload());
            return event != null && CLIENT_ID.equals(event.path("publisherId").asText()) && matching.test(event);
        }, WAIT);
        return parse(received.payload());
    }

    private JsonNode parse(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            return null;
        }
    }

    /** Vehicles the plan gives energy, now or later in the horizon (energy early may make one wait). */
    private static long vehiclesIn(JsonNode event) {
        long count = 0;
        for (JsonNode entry : event.get("schedule")) {
            boolean charged = false;
            for (JsonNode kw : entry.get("kwBySlot")) {
                charged |= kw.asDouble() > 0;
            }
            if (entry.hasNonNull("vehicleId") && charged) {
                count++;
            }
        }
        return count;
    }

    /** Grid draw within limit minus base load, pads on c1 within its limit, fallbacks within both. */
    private static void assertWithinLimits(JsonNode allocation, double gridLimitKw, double circuitLimitKw) {
        double gridKw = 0;
        double circuitKw = 0;
        double fallbackGridKw = 0;
        double fallbackCircuitKw = 0;
        for (JsonNode setpoint : allocation.get("setpoints")) {
            double drawKw = setpoint.get("powerKw").asDouble() / EFFICIENCY;
            double fallbackDrawKw = setpoint.get("fallbackKw").asDouble() / EFFICIENCY;
            assertThat(setpoint.get("powerKw").asDouble()).isBetween(0.0, 11.0);
            gridKw += drawKw;
            fallbackGridKw += fallbackDrawKw;
            if (List.of("pad-1", "pad-2").contains(setpoint.get("nodeId").asText())) {
                circuitKw += drawKw;
                fallbackCircuitKw += fallbackDrawKw;
            }
        }
        assertThat(gridKw).isLessThanOrEqualTo(gridLimitKw + 1e-6);
        assertThat(circuitKw).isLessThanOrEqualTo(circuitLimitKw + 1e-6);
        assertThat(fallbackGridKw).isLessThanOrEqualTo(gridLimitKw + 1e-6);
        assertThat(fallbackCircuitKw).isLessThanOrEqualTo(circuitLimitKw + 1e-6);
        for (JsonNode schedule : allocation.get("schedule")) {
            for (JsonNode kw : schedule.get("kwBySlot")) {
                assertThat(kw.asDouble()).isBetween(0.0, 11.0);
            }
        }
    }

    private List<RejectedMessage> rejectionsOfThisRun() {
        return rejected.findAll(TimeRange.ALL, null, null, new PageQuery(0, 500)).items().stream()
                .filter(message -> message.topic().contains("it-" + run))
                .toList();
    }

    private List<String> reasonsOf(String topic) {
        return rejected.findAll(TimeRange.ALL, topic, null, new PageQuery(0, 100)).items().stream()
                .filter(message -> message.topic().equals(topic))
                .map(LiveLoopIntegrationTest::code)
                .toList();
    }

    private static String code(RejectedMessage message) {
        return message.reason().substring(0, message.reason().indexOf(':'));
    }

    private static <T> T awaitValue(Supplier<T> value, Predicate<T> done) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(value::get, done);
    }
}
