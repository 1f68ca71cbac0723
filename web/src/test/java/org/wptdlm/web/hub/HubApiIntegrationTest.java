package org.wptdlm.web.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The hub and pad API through the running service, its security and a real PostgreSQL (the
 * machine's when SPRING_DATASOURCE_URL is set, otherwise an embedded one). Ids are unique per run
 * because the data outlives the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dlm.embedded.data-directory=target/it-data",
    "dlm.embedded.postgres-port=0",
    "dlm.embedded.mqtt-port=0"})
class HubApiIntegrationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    TestRestTemplate rest;
    String hubId;

    @BeforeEach
    void operator() {
        rest = anonymous.withBasicAuth("operator", "operator");
        hubId = "it-hub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hubCreatedWithPadsIsReadBack() throws Exception {
        ResponseEntity<String> created = post("/api/hubs", hubWithPads(hubId, 0.91));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/hubs/" + hubId);
        JsonNode hub = json.readTree(rest.getForObject("/api/hubs/" + hubId, String.class));
        assertThat(hub.get("gridLimitKw").asDouble()).isEqualTo(120.0);
        JsonNode pads = json.readTree(rest.getForObject("/api/hubs/" + hubId + "/nodes?size=1", String.class));
        assertThat(pads.get("totalItems").asInt()).isEqualTo(2);
        assertThat(pads.get("items")).hasSize(1);
        assertThat(pads.get("items").get(0).get("id").asText()).isEqualTo("pad-1");
        assertThat(pads.get("items").get(0).get("circuitId").asText()).isEqualTo("feeder-a");
    }

    @Test
    void invalidPadRejectsTheWholeHub() throws Exception {
        ResponseEntity<String> refused = post("/api/hubs", hubWithPads(hubId, 1.5));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("nodes[1].efficiency");
        assertThat(rest.getForEntity("/api/hubs/" + hubId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void duplicatePadIdsRejectTheWholeHub() {
        String twoPadOnes = hubWithPads(hubId, 0.9).replace("\"pad-2\"", "\"pad-1\"");

        ResponseEntity<String> refused = post("/api/hubs", twoPadOnes);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("nodes[1].id");
        assertThat(rest.getForEntity("/api/hubs/" + hubId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void secondCreateIsAConflictAndLeavesTheFirst() throws Exception {
        post("/api/hubs", hubWithPads(hubId, 0.91));

        ResponseEntity<String> again = post("/api/hubs", hubWithPads(hubId, 0.88).replace("120.0", "5.0"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(again.getBody()).get("status").asInt()).isEqualTo(409);
        assertThat(json.readTree(rest.getForObject("/api/hubs/" + hubId, String.class)).get("gridLimitKw").asDouble())
                .isEqualTo(120.0);
    }

    @Test
    void hubWithPadsIsNotDeletedUntilThePadsAreGone() {
        post("/api/hubs", hubWithPads(hubId, 0.91));

        assertThat(delete("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(delete("/api/hubs/" + hubId + "/nodes/pad-1").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/hubs/" + hubId + "/nodes/pad-2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/hubs/" + hubId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.getForEntity("/api/hubs/" + hubId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownIdsAreNotFoundProblems() throws Exception {
        ResponseEntity<String> missing = rest.getForEntity("/api/hubs/no-such-hub/nodes", String.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(missing.getBody()).get("detail").asText()).contains("no-such-hub");
    }

    @Test
    void replacedPadKeepsItsIdAndChangesItsPower() throws Exception {
        post("/api/hubs", hubWithPads(hubId, 0.91));

        ResponseEntity<String> replaced = rest.exchange("/api/hubs/" + hubId + "/nodes/pad-2", HttpMethod.PUT,
                jsonBody("{\"maxPowerKw\": 3.7, \"efficiency\": 0.88, \"status\": \"FAULT\"}"), String.class);

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode pad = json.readTree(rest.getForObject("/api/hubs/" + hubId + "/nodes/pad-2", String.class));
        assertThat(pad.get("maxPowerKw").asDouble()).isEqualTo(3.7);
        assertThat(pad.get("status").asText()).isEqualTo("FAULT");
    }

    private static String hubWithPads(String hubId, double secondPadEfficiency) {
        return """
                {"id": "%s", "name": "Integration hub", "latitude": 52.52, "longitude": 13.40, "gridLimitKw": 120.0,
                 "circuits": [{"id": "feeder-a", "limitKw": 44.0}],
                 "nodes": [{"id": "pad-1", "maxPowerKw": 22.0, "efficiency": 0.93, "circuitId": "feeder-a"},
                           {"id": "pad-2", "maxPowerKw": 11.0, "efficiency": %s}]}
                """.formatted(hubId, secondPadEfficiency);
    }

    private ResponseEntity<String> post(String path, String body) {
        return rest.postForEntity(path, jsonBody(body), String.class);
    }

    private ResponseEntity<String> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, null, String.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
