package org.wptdlm.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.web.ApiClient;

/** A charging request made through the REST API is planned by the live loop like one sent over MQTT. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dlm.mqtt.enabled=true")
class ApiRequestLiveLoopIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ObjectMapper json;
    @Autowired
    DlmEventRepository events;

    @Test
    void restRequestGetsAnAllocationWithinTheGridLimit() throws Exception {
        ApiClient operator = new ApiClient(anonymous, json, "operator");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String hubId = "it-live-" + suffix;
        String vehicleId = "it-live-ev-" + suffix;
        assertThat(operator.post("/api/hubs", """
                {"id": "%s", "name": "Live hub", "latitude": 48.1, "longitude": 11.6, "gridLimitKw": 9,
                 "nodes": [{"id": "pad-1", "maxPowerKw": 11, "efficiency": 0.9}]}""".formatted(hubId))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(operator.post("/api/vehicles", """
                {"id": "%s", "batteryCapacityKwh": 60, "maxChargePowerKw": 11, "socPercent": 20,
                 "priorityClass": "NORMAL"}""".formatted(vehicleId))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(operator.post("/api/charging-requests", """
                {"hubId": "%s", "vehicleId": "%s", "nodeId": "pad-1", "arrivalAt": "%s",
                 "departureAt": "%s", "targetSocPercent": 80}"""
                .formatted(hubId, vehicleId, now, now.plus(Duration.ofHours(3))))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        DlmEvent allocation = awaitAllocation(hubId);
        assertThat(allocation.trigger()).isEqualTo(DlmTrigger.CHARGING_REQUEST);
        JsonNode payload = json.readTree(allocation.payloadJson());
        double gridDrawNowKw = 0;
        for (JsonNode setpoint : payload.get("setpoints")) {
            gridDrawNowKw += setpoint.get("gridPowerKw").asDouble();
        }
        assertThat(gridDrawNowKw).isLessThanOrEqualTo(9.0 + 1e-6);
        JsonNode schedule = payload.get("schedule").get(0);
        assertThat(schedule.get("vehicleId").asText()).isEqualTo(vehicleId);
        double plannedKwh = 0;
        for (JsonNode slotKw : schedule.get("kwBySlot")) {
            assertThat(slotKw.asDouble() / 0.9).isLessThanOrEqualTo(9.0 + 1e-6);
            plannedKwh += slotKw.asDouble() * payload.get("slotMinutes").asInt() / 60.0;
        }
        assertThat(plannedKwh).isPositive();
    }

    private DlmEvent awaitAllocation(String hubId) {
        return await().alias("an allocation for " + hubId)
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> events.findLatest(hubId, DlmEventType.ALLOCATION), Optional::isPresent)
                .orElseThrow();
    }
}
