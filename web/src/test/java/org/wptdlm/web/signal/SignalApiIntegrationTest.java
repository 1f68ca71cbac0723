package org.wptdlm.web.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.wptdlm.db.signal.SignalScheduleRepository;
import org.wptdlm.web.ApiClient;
import org.wptdlm.web.ApiIntegrationTest;

/** Operator signal schedules through the running service: round trip, bad input, roles. */
@ApiIntegrationTest
class SignalApiIntegrationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    @Autowired
    SignalScheduleRepository stored;

    ApiClient operator;
    String hubId;
    String signals;
    final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void hub() {
        operator = new ApiClient(anonymous, json, "operator");
        hubId = "it-sig-" + UUID.randomUUID().toString().substring(0, 8);
        signals = "/api/hubs/" + hubId + "/signals";
        operator.post("/api/hubs", """
                {"id": "%s", "name": "Signal hub", "latitude": 52.52, "longitude": 13.40, "gridLimitKw": 120.0,
                 "nodes": [{"id": "pad-1", "maxPowerKw": 22.0, "efficiency": 0.93}]}""".formatted(hubId));
    }

    private String schedule(double value, Instant validUntil) {
        return """
                {"intervals": [{"start": "%s", "end": "%s", "value": %s}]%s}""".formatted(start, start.plusSeconds(3600),
                value, validUntil == null ? "" : ", \"validUntil\": \"" + validUntil + "\"");
    }

    @Test
    void anOperatorLimitScheduleIsSetReadListedAndRemoved() {
        ResponseEntity<String> put = operator.put(signals + "/limits", schedule(60, start.plusSeconds(7200)));

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode read = operator.getJson(signals + "/limits");
        assertThat(read.get("kind").asText()).isEqualTo("GRID_LIMIT_KW");
        assertThat(read.get("source").asText()).isEqualTo("operator");
        assertThat(read.get("intervals").get(0).get("value").asDouble()).isEqualTo(60.0);
        assertThat(Instant.parse(read.get("intervals").get(0).get("start").asText())).isEqualTo(start);
        assertThat(Instant.parse(read.get("validUntil").asText())).isEqualTo(start.plusSeconds(7200));
        assertThat(read.get("stale").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(15)).until(() -> storedSources().contains("GRID_LIMIT_KW operator"));
        operator.put(signals + "/prices", schedule(0.25, null));
        assertThat(operator.getJson(signals)).extracting(node -> node.get("kind").asText())
                .containsExactly("GRID_LIMIT_KW", "PRICE_PER_KWH");

        assertThat(operator.delete(signals + "/limits").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(operator.get(signals + "/limits").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operator.delete(signals + "/limits").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        await().atMost(Duration.ofSeconds(15)).until(() -> storedSources().equals(List.of("PRICE_PER_KWH operator")));
    }

    /** What the database holds for the hub (written behind). */
    private List<String> storedSources() {
        return stored.findAll().stream()
                .filter(schedule -> schedule.hubId().equals(hubId))
                .map(schedule -> schedule.kind() + " " + schedule.source())
                .toList();
    }

    @Test
    void badSchedulesAreBadRequestsNamingTheField() {
        assertThat(fieldOf(operator.put(signals + "/limits", schedule(-1, null)))).isEqualTo("intervals[0].value");
        assertThat(fieldOf(operator.put(signals + "/carbon", schedule(1e9, null)))).isEqualTo("intervals[0].value");
        assertThat(fieldOf(operator.put(signals + "/limits", schedule(50, start.minusSeconds(60))))).isEqualTo("validUntil");
        assertThat(fieldOf(operator.put(signals + "/limits", "{\"intervals\": []}"))).isEqualTo("intervals");
        String backwards = """
                {"intervals": [{"start": "%s", "end": "%s", "value": 5}]}""".formatted(start, start.minusSeconds(60));
        assertThat(fieldOf(operator.put(signals + "/limits", backwards))).isEqualTo("intervals[0].end");
        String overlapping = """
                {"intervals": [{"start": "%s", "end": "%s", "value": 5}, {"start": "%s", "end": "%s", "value": 6}]}"""
                .formatted(start, start.plusSeconds(3600), start.plusSeconds(1800), start.plusSeconds(7200));
        assertThat(fieldOf(operator.put(signals + "/limits", overlapping))).isEqualTo("intervals");
        assertThat(operator.get(signals + "/limits").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownHubsAndKindsAreNotFoundAndDriversAreForbidden() {
        assertThat(operator.put("/api/hubs/no-such-hub/signals/limits", schedule(10, null)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operator.put(signals + "/voltage", schedule(10, null)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ApiClient driver = new ApiClient(anonymous, json, "driver");
        assertThat(driver.put(signals + "/limits", schedule(10, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String fieldOf(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return operator.parse(response.getBody()).get("errors").get(0).get("field").asText();
    }
}
