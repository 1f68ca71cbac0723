package org.wptdlm.ingest.feed.openadr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.support.LiveLoopSpringBootTest;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.TestClient;

/**
 * The OpenADR VEN inside the live loop: a VTN stub on loopback announces an import capacity limit
 * for the hub's site, and the allocations published over MQTT stay under it, naming it as the
 * binding source. The live loop as {@link LiveLoopTest} runs it, with a VEN configured and an MQTT
 * client id of its own: the other live-loop tests' cached context stays connected with theirs.
 */
@LiveLoopSpringBootTest
class OpenAdrLiveLoopIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final double EFFICIENCY = 0.9;
    private static final double VTN_LIMIT_KW = 6.5;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String HUB_ID = "adr-" + RUN + "-hub";
    private static final VtnStub VTN = new VtnStub();
    private static final String SERVICE_CLIENT_ID = "adr-" + RUN + "-service";

    private final ObjectMapper mapper = PayloadParser.mapper();
    private TestClient controller;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        LiveLoopTest.registerDatabase(registry);
        registry.add("dlm.mqtt.url", LiveLoopTest::brokerUrl);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        VTN.serveEvents("""
                [{"id":"evt-%s","programID":"prog-grid","priority":0,
                  "targets":[{"type":"RESOURCE_NAME","values":["site-%s"]}],
                  "payloadDescriptors":[{"objectType":"EVENT_PAYLOAD_DESCRIPTOR","payloadType":"IMPORT_CAPACITY_LIMIT","units":"KW"}],
                  "intervalPeriod":{"start":"%s","duration":"PT8H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[%s]}]}]}]"""
                .formatted(RUN, RUN, start, VTN_LIMIT_KW));
        registry.add("dlm.mqtt.client-id", () -> SERVICE_CLIENT_ID);
        registry.add("dlm.signals.openadr.enabled", () -> "true");
        registry.add("dlm.signals.openadr.base-url", () -> VTN.baseUrl().toString());
        registry.add("dlm.signals.openadr.token-url", () -> VTN.tokenUrl().toString());
        registry.add("dlm.signals.openadr.client-id", () -> VtnStub.CLIENT_ID);
        registry.add("dlm.signals.openadr.client-secret", () -> VtnStub.CLIENT_SECRET);
        registry.add("dlm.signals.openadr.target-hubs.site-" + RUN, () -> HUB_ID);
        registry.add("dlm.signals.openadr.poll-interval", () -> "1s");
        registry.add("dlm.signals.openadr.valid-for", () -> "1h");
    }

    @AfterAll
    static void stopVtn() {
        VTN.close();
    }

    @BeforeEach
    void connectController() throws Exception {
        controller = new TestClient(LiveLoopTest.brokerUrl());
        controller.subscribe("iot/hubs/" + HUB_ID + "/dlm/events");
    }

    @AfterEach
    void clearRetained() throws Exception {
        controller.clearRetained("iot/hubs/" + HUB_ID + "/info");
        for (int pad = 1; pad <= 2; pad++) {
            controller.clearRetained("iot/hubs/" + HUB_ID + "/nodes/pad-" + pad + "/info");
        }
        controller.clearRetained("iot/hubs/" + HUB_ID + "/dlm/allocation");
        controller.close();
    }

    @Test
    void anImportCapacityLimitFromTheVtnBindsTheLivePlan() throws Exception {
        String hub = "iot/hubs/" + HUB_ID;
        controller.publish(hub + "/info", """
                {"name":"OpenADR hub %s","latitude":52.5,"longitude":13.4,"gridLimitKw":40}""".formatted(RUN), true);
        for (int pad = 1; pad <= 2; pad++) {
            controller.publish(hub + "/nodes/pad-" + pad + "/info", "{\"maxPowerKw\":11,\"efficiency\":" + EFFICIENCY + "}",
                    true);
        }
        controller.publish(hub + "/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"ONLINE\"}");
        for (int pad = 1; pad <= 2; pad++) {
            parkVehicle(hub, pad);
        }

        JsonNode allocation = awaitAllocation(event -> event.get("gridLimitKw").asDouble() == VTN_LIMIT_KW
                && chargingPads(event) > 0);

        assertThat(allocation.get("gridLimits").get(0).get("source").asText()).isEqualTo("openadr");
        double drawKw = 0;
        for (JsonNode setpoint : allocation.get("setpoints")) {
            drawKw += setpoint.get("powerKw").asDouble() / EFFICIENCY;
            assertThat(setpoint.get("fallbackKw").asDouble() / EFFICIENCY).isLessThanOrEqualTo(VTN_LIMIT_KW + 1e-6);
        }
        assertThat(drawKw).isPositive().isLessThanOrEqualTo(VTN_LIMIT_KW + 1e-6);
        JsonNode steps = allocation.get("gridLimits");
        int slots = allocation.get("schedule").get(0).get("kwBySlot").size();
        int openAdrSlots = 0;
        for (int slot = 0; slot < slots; slot++) {
            JsonNode step = stepAt(steps, slot);
            double slotDrawKw = 0;
            for (JsonNode pad : allocation.get("schedule")) {
                slotDrawKw += pad.get("kwBySlot").get(slot).asDouble() / EFFICIENCY;
            }
            assertThat(slotDrawKw).as("grid draw in slot %d", slot)
                    .isLessThanOrEqualTo(step.get("limitKw").asDouble() + 1e-6);
            if (step.get("source").asText().equals("openadr")) {
                assertThat(step.get("limitKw").asDouble()).isEqualTo(VTN_LIMIT_KW);
                openAdrSlots++;
            }
        }
        assertThat(openAdrSlots).as("slots bound by the VTN's limit").isGreaterThanOrEqualTo(4);
        assertThat(VTN.tokensIssued()).isEqualTo(1);
    }

    private void parkVehicle(String hub, int pad) throws Exception {
        String vehicleId = "adr-" + RUN + "-ev-" + pad;
        controller.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                + "\",\"socPercent\":20,\"batteryCapacityKwh\":60,\"maxChargePowerKw\":11}");
        controller.publish(hub + "/nodes/pad-" + pad + "/status",
                "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
        controller.publish(hub + "/requests", "{\"requestId\":\"adr-" + RUN + "-r-" + pad + "\",\"ts\":\"" + Instant.now()
                + "\",\"vehicleId\":\"" + vehicleId + "\",\"nodeId\":\"pad-" + pad
                + "\",\"targetSocPercent\":90,\"departure\":\"" + Instant.now().plusSeconds(3 * 3600) + "\"}");
    }

    /** The binding-limit step in force at a slot (steps are change points in slot order). */
    private static JsonNode stepAt(JsonNode steps, int slot) {
        JsonNode inForce = steps.get(0);
        for (JsonNode step : steps) {
            if (step.get("slot").asInt() <= slot) {
                inForce = step;
            }
        }
        return inForce;
    }

    private static long chargingPads(JsonNode event) {
        long count = 0;
        for (JsonNode setpoint : event.get("setpoints")) {
            count += setpoint.get("powerKw").asDouble() > 0 ? 1 : 0;
        }
        return count;
    }

    private JsonNode awaitAllocation(Predicate<JsonNode> matching) throws InterruptedException {
        TestClient.Received received = controller.await(message -> {
            JsonNode event = parse(message.payload());
            return event != null && SERVICE_CLIENT_ID.equals(event.path("publisherId").asText())
                    && "ALLOCATION".equals(event.path("type").asText()) && matching.test(event);
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
}
