package org.wptdlm.web.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.wptdlm.web.ApiClient;
import org.wptdlm.web.ApiIntegrationTest;

/** The hub and pad API through the running service, its security and a real PostgreSQL. */
@ApiIntegrationTest
class HubApiIntegrationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    ApiClient api;
    String hubId;

    @BeforeEach
    void operator() {
        api = new ApiClient(anonymous, json, "operator");
        hubId = "it-hub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hubCreatedWithPadsIsReadBack() {
        ResponseEntity<String> created = api.post("/api/hubs", hubWithPads(hubId, 0.91));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/hubs/" + hubId);
        assertThat(api.getJson("/api/hubs/" + hubId).get("gridLimitKw").asDouble()).isEqualTo(120.0);
        JsonNode pads = api.getJson("/api/hubs/" + hubId + "/nodes?size=1");
        assertThat(pads.get("totalItems").asInt()).isEqualTo(2);
        assertThat(pads.get("items")).hasSize(1);
        assertThat(pads.get("items").get(0).get("id").asText()).isEqualTo("pad-1");
        assertThat(pads.get("items").get(0).get("circuitId").asText()).isEqualTo("feeder-a");
        assertThat(api.getJson("/api/hubs/" + hubId + "/circuits").get(0).get("limitKw").asDouble()).isEqualTo(44.0);
    }

    @Test
    void invalidPadRejectsTheWholeHub() {
        ResponseEntity<String> refused = api.post("/api/hubs", hubWithPads(hubId, 1.5));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.parse(refused.getBody()).get("errors").get(0).get("field").asText())
                .isEqualTo("nodes[1].efficiency");
        assertThat(api.get("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void duplicatePadIdsRejectTheWholeHub() {
        String twoPadOnes = hubWithPads(hubId, 0.9).replace("\"pad-2\"", "\"pad-1\"");

        ResponseEntity<String> refused = api.post("/api/hubs", twoPadOnes);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("nodes[1].id");
        assertThat(api.get("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void secondCreateIsAConflictAndLeavesTheFirst() {
        api.post("/api/hubs", hubWithPads(hubId, 0.91));

        ResponseEntity<String> again = api.post("/api/hubs", hubWithPads(hubId, 0.88).replace("120.0", "5.0"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.parse(again.getBody()).get("status").asInt()).isEqualTo(409);
        assertThat(api.getJson("/api/hubs/" + hubId).get("gridLimitKw").asDouble()).isEqualTo(120.0);
    }

    @Test
    void hubWithPadsIsNotDeletedUntilThePadsAreGone() {
        api.post("/api/hubs", hubWithPads(hubId, 0.91));

        assertThat(api.delete("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.delete("/api/hubs/" + hubId + "/nodes/pad-1").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.delete("/api/hubs/" + hubId + "/nodes/pad-2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.delete("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        ResponseEntity<String> missing = api.get("/api/hubs/no-such-hub/nodes");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.parse(missing.getBody()).get("detail").asText()).contains("no-such-hub");
    }

    @Test
    void replacedPadKeepsItsIdAndChangesItsPower() {
        api.post("/api/hubs", hubWithPads(hubId, 0.91));

        ResponseEntity<String> replaced = api.put("/api/hubs/" + hubId + "/nodes/pad-2",
                "{\"maxPowerKw\": 3.7, \"efficiency\": 0.88, \"status\": \"FAULT\"}");

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode pad = api.getJson("/api/hubs/" + hubId + "/nodes/pad-2");
        assertThat(pad.get("maxPowerKw").asDouble()).isEqualTo(3.7);
        assertThat(pad.get("status").asText()).isEqualTo("FAULT");
    }

    @Test
    void padOnACircuitTheHubLacksIsABadRequest() {
        api.post("/api/hubs", hubWithPads(hubId, 0.91));

        ResponseEntity<String> refused = api.post("/api/hubs/" + hubId + "/nodes",
                "{\"id\": \"pad-3\", \"maxPowerKw\": 11, \"efficiency\": 0.9, \"circuitId\": \"feeder-z\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.parse(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("circuitId");
        assertThat(api.get("/api/hubs/" + hubId + "/nodes/pad-3").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    static String hubWithPads(String hubId, double secondPadEfficiency) {
        return """
                {"id": "%s", "name": "Integration hub", "latitude": 52.52, "longitude": 13.40, "gridLimitKw": 120.0,
                 "circuits": [{"id": "feeder-a", "limitKw": 44.0}],
                 "nodes": [{"id": "pad-1", "maxPowerKw": 22.0, "efficiency": 0.93, "circuitId": "feeder-a"},
                           {"id": "pad-2", "maxPowerKw": 11.0, "efficiency": %s}]}
                """.formatted(hubId, secondPadEfficiency);
    }
}
