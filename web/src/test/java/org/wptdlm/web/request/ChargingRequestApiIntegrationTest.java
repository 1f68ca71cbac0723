package org.wptdlm.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.web.ApiClient;
import org.wptdlm.web.ApiIntegrationTest;

/** Vehicles, charging requests and DLM events through the running service and a real PostgreSQL. */
@ApiIntegrationTest
class ChargingRequestApiIntegrationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    @Autowired
    DlmEventRepository events;

    ApiClient operator;
    String suffix;
    String hubId;
    String vehicleId;

    @BeforeEach
    void hubPadAndVehicle() {
        operator = new ApiClient(anonymous, json, "operator");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        hubId = "it-hub-" + suffix;
        vehicleId = "it-ev-" + suffix;
        assertThat(operator.post("/api/hubs", """
                {"id": "%s", "name": "Requests hub", "latitude": 48.1, "longitude": 11.6, "gridLimitKw": 50,
                 "nodes": [{"id": "pad-1", "maxPowerKw": 11, "efficiency": 0.9}]}""".formatted(hubId))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(operator.post("/api/vehicles", """
                {"id": "%s", "batteryCapacityKwh": 77, "maxChargePowerKw": 11, "socPercent": 30,
                 "priorityClass": "FLEET"}""".formatted(vehicleId))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void operatorCreatesARequestThatIsFoundByItsFilters() {
        ResponseEntity<String> created = operator.post("/api/charging-requests", request("pad-1", "2026-03-02T12:00:00Z"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode request = operator.parse(created.getBody());
        assertThat(request.get("id").asText()).startsWith("req-");
        assertThat(request.get("status").asText()).isEqualTo("PENDING");
        JsonNode pending = operator.getJson("/api/charging-requests?hubId=" + hubId + "&status=PENDING");
        assertThat(pending.get("totalItems").asInt()).isEqualTo(1);
        assertThat(pending.get("items").get(0).get("vehicleId").asText()).isEqualTo(vehicleId);
        assertThat(operator.getJson("/api/charging-requests?vehicleId=" + vehicleId + "&status=ACTIVE")
                .get("totalItems").asInt()).isZero();
    }

    @Test
    void requestForAnUnknownPadIsABadRequestAndNotStored() {
        ResponseEntity<String> refused = operator.post("/api/charging-requests", request("pad-9", "2026-03-02T12:00:00Z"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator.parse(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("nodeId");
        assertThat(operator.getJson("/api/charging-requests?hubId=" + hubId).get("totalItems").asInt()).isZero();
    }

    @Test
    void departureBeforeArrivalIsABadRequest() {
        ResponseEntity<String> refused = operator.post("/api/charging-requests", request("pad-1", "2026-03-02T07:00:00Z"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator.parse(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("departureAt");
    }

    @Test
    void requestIsReplacedAndDeleted() {
        String id = "req-" + suffix;
        operator.post("/api/charging-requests", request("pad-1", "2026-03-02T12:00:00Z").replace("{", "{\"id\": \"" + id + "\", "));

        ResponseEntity<String> replaced = operator.put("/api/charging-requests/" + id,
                request("pad-1", "2026-03-02T13:00:00Z").replace("\"targetSocPercent\": 80", "\"status\": \"ACTIVE\", \"targetSocPercent\": 80"));

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(operator.getJson("/api/charging-requests/" + id).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(operator.post("/api/charging-requests", request("pad-1", "2026-03-02T12:00:00Z")
                .replace("{", "{\"id\": \"" + id + "\", ")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(operator.delete("/api/charging-requests/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(operator.get("/api/charging-requests/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void dlmEventsOfTheHubAreListedNewestFirst() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        for (int minute = 0; minute < 3; minute++) {
            events.append(new NewDlmEvent(hubId, DlmEventSource.SERVICE, DlmEventType.ALLOCATION, DlmTrigger.SCHEDULE,
                    null, "{\"allocations\": [{\"nodeId\": \"pad-1\", \"limitKw\": " + minute + "}]}",
                    start.plusSeconds(60L * minute)));
        }

        JsonNode page = operator.getJson("/api/hubs/" + hubId + "/dlm-events?from=2026-03-02T08:01:00Z&size=1");

        assertThat(page.get("totalItems").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("sequence").asInt()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("payload").get("allocations").get(0).get("limitKw").asInt())
                .isEqualTo(2);
        long id = page.get("items").get(0).get("id").asLong();
        assertThat(operator.getJson("/api/hubs/" + hubId + "/dlm-events/" + id).get("trigger").asText())
                .isEqualTo("SCHEDULE");
    }

    private String request(String padId, String departureAt) {
        return """
                {"hubId": "%s", "vehicleId": "%s", "nodeId": "%s", "arrivalAt": "2026-03-02T08:00:00Z",
                 "departureAt": "%s", "targetSocPercent": 80}""".formatted(hubId, vehicleId, padId, departureAt);
    }
}
