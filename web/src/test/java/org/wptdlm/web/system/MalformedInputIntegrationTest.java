package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.solver.Planner;
import org.wptdlm.web.ApiClient;
import org.wptdlm.web.ApiIntegrationTest;
import org.wptdlm.web.plan.LiveHubSeed;
import org.wptdlm.web.plan.LivePlans;

/**
 * Every POST and PUT endpoint against every malformed value that fits it: each answers 400, 413
 * or 422 with a problem detail, never 500, and never accepts the value.
 */
@ApiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HUB = "mal-hub-" + RUN;
    private static final String VEHICLE = "mal-ev-" + RUN;
    private static final String REQUEST = "mal-req-" + RUN;
    private static final Instant SOON = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** A bad value and where it goes: a JSON number or string written as is into {@code field}. */
    record Bad(String field, String rawJson) {
        @Override
        public String toString() {
            return field + "=" + (rawJson.length() > 30 ? rawJson.substring(0, 30) + "…" : rawJson);
        }
    }

    /** An endpoint with a body it accepts, and the bad values its fields must refuse. */
    record Endpoint(String method, String path, String validBody, List<Bad> bad) {
        @Override
        public String toString() {
            return method + " " + path.replace(RUN, "{run}");
        }
    }

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private HubRepository hubs;
    @Autowired
    private LivePlans livePlans;
    private ApiClient operator;
    private String liveHubId;
    private String scenarioId;

    @BeforeAll
    void storeWhatTheEndpointsReferTo() {
        operator = new ApiClient(rest, json, "operator");
        assertThat(operator.post("/api/hubs", hubBody(HUB)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(operator.put("/api/hubs/" + HUB + "/circuits/feeder", circuitBody()).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(operator.post("/api/hubs/" + HUB + "/nodes", padBody("pad-1")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(operator.post("/api/vehicles", vehicleBody(VEHICLE)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(operator.post("/api/charging-requests", requestBody(REQUEST)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        liveHubId = LiveHubSeed.seed(hubs, livePlans, new Planner(), 52.5, 13.4, 60, 2).hubId();
        ResponseEntity<String> scenario = operator.post("/api/what-if/scenarios", scenarioBody());
        assertThat(scenario.getStatusCode().is2xxSuccessful()).as(scenario.getBody()).isTrue();
        scenarioId = operator.parse(scenario.getBody()).get("id").asText();
    }

    Stream<Arguments> malformedValues() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/hubs", hubBody("mal-new-" + RUN), hubBad()),
                new Endpoint("PUT", "/api/hubs/" + HUB, hubBody(HUB), hubBad()),
                new Endpoint("PUT", "/api/hubs/" + HUB + "/circuits/feeder", circuitBody(),
                        numberBad("limitKw", "-1", "1e308")),
                new Endpoint("POST", "/api/hubs/" + HUB + "/nodes", padBody("pad-new"), padBad()),
                new Endpoint("PUT", "/api/hubs/" + HUB + "/nodes/pad-1", padBody("pad-1"), padBad()),
                new Endpoint("POST", "/api/vehicles", vehicleBody("mal-ev-new-" + RUN), vehicleBad()),
                new Endpoint("PUT", "/api/vehicles/" + VEHICLE, vehicleBody(VEHICLE), vehicleBad()),
                new Endpoint("POST", "/api/charging-requests", requestBody("mal-req-new-" + RUN), requestBad()),
                new Endpoint("PUT", "/api/charging-requests/" + REQUEST, requestBody(REQUEST), requestBad()),
                new Endpoint("POST", "/api/recommendations", recommendationBody(), concat(
                        numberBad("batteryCapacityKwh", "-1", "0", "1001"),
                        numberBad("maxKw", "-1", "1e308"),
                        numberBad("socPercent", "-1", "100.5"),
                        numberBad("latitude", "91"))),
                new Endpoint("POST", "/api/what-if/scenarios", scenarioBody(), concat(
                        List.of(new Bad("name", "\"pad\\u0000down\"")),
                        numberBad("timeBudgetMs", "-1"))),
                new Endpoint("PUT", "/api/hubs/" + HUB + "/signals/limits", signalBody(), signalBad()),
                new Endpoint("POST", "/api/what-if/scenarios/{scenario}/runs", "{\"timeBudgetMs\":0}",
                        List.of(new Bad("timeBudgetMs", "-1"), new Bad("timeBudgetMs", "1e999"))));
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Bad bad : endpoint.bad()) {
                cases.add(Arguments.of(endpoint, bad));
            }
            cases.add(Arguments.of(endpoint, new Bad("padding", "\"" + "x".repeat(20 * 1024 * 1024) + "\"")));
            cases.add(Arguments.of(endpoint, new Bad("", "{\"unterminated\": ")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("malformedValues")
    void isRefusedAsBadInputNeverAsAServerError(Endpoint endpoint, Bad bad) throws Exception {
        String path = endpoint.path().replace("{scenario}", scenarioId);
        String body = bad.field().isEmpty() ? bad.rawJson() : withField(endpoint.validBody(), bad);

        ResponseEntity<String> response = "POST".equals(endpoint.method()) ? operator.post(path, body) : operator.put(path, body);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(400, 413, 422);
        if (bad.field().equals("padding")) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        assertThat(response.getBody()).doesNotContain("Exception").contains("\"status\":");
    }

    private String withField(String validBody, Bad bad) throws Exception {
        ObjectNode node = (ObjectNode) json.readTree(validBody);
        node.putRawValue(bad.field(), new RawValue(bad.rawJson()));
        return json.writeValueAsString(node);
    }

    /** Values every number must refuse: not a number, out of any range, and the given ones. */
    private static List<Bad> numberBad(String field, String... more) {
        List<Bad> bad = new ArrayList<>(List.of(new Bad(field, "\"NaN\""), new Bad(field, "1e999"),
                new Bad(field, "-1e999"), new Bad(field, "\"Infinity\"")));
        for (String value : more) {
            bad.add(new Bad(field, value));
        }
        return bad;
    }

    private static List<Bad> nameBad(String field) {
        return List.of(new Bad(field, "\"Hub\\u0000Mitte\""), new Bad(field, "\"\\u001b[31mred\"") );
    }

    private static List<Bad> hubBad() {
        return concat(numberBad("gridLimitKw", "0", "-5", "100000.5", "1e308"), numberBad("latitude", "90.5"),
                nameBad("name"), nameBad("address"));
    }

    private static List<Bad> padBad() {
        return concat(numberBad("maxPowerKw", "-1", "1000.5", "1e308"),
                numberBad("efficiency", "1e-320", "0", "0.49", "1.01"));
    }

    private static List<Bad> vehicleBad() {
        return concat(numberBad("batteryCapacityKwh", "0", "-60", "1000.5"), numberBad("maxChargePowerKw", "0", "1e308"),
                numberBad("socPercent", "-0.1", "101"), nameBad("name"));
    }

    private static List<Bad> requestBad() {
        return concat(numberBad("targetSocPercent", "-1", "101"), numberBad("requestedEnergyKwh", "0", "-3", "1e308"));
    }

    /** Each bad value inside an interval, and intervals or a validity that cannot be. */
    private static List<Bad> signalBad() {
        String interval = "[{\"start\":\"" + SOON + "\",\"end\":\"" + SOON.plus(1, ChronoUnit.HOURS) + "\",\"value\":%s}]";
        List<Bad> bad = new ArrayList<>();
        for (String value : List.of("\"NaN\"", "1e999", "-1e999", "\"Infinity\"", "-1", "100000.5", "null")) {
            bad.add(new Bad("intervals", interval.formatted(value)));
        }
        bad.add(new Bad("intervals", "[]"));
        bad.add(new Bad("intervals", "\"often\""));
        bad.add(new Bad("validUntil", "\"tomorrow\""));
        bad.add(new Bad("validUntil", "\"2001-01-01T00:00:00Z\""));
        return bad;
    }

    private static String signalBody() {
        return "{\"intervals\":[{\"start\":\"%s\",\"end\":\"%s\",\"value\":40}]}"
                .formatted(SOON, SOON.plus(1, ChronoUnit.HOURS));
    }

    @SafeVarargs
    private static List<Bad> concat(List<Bad>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    private static String hubBody(String id) {
        return """
                {"id":"%s","name":"Malformed test hub","address":"Test Street 1","latitude":52.5,"longitude":13.4,\
                "gridLimitKw":100}""".formatted(id);
    }

    private static String circuitBody() {
        return "{\"id\":\"feeder\",\"limitKw\":50}";
    }

    private static String padBody(String id) {
        return "{\"id\":\"%s\",\"maxPowerKw\":11,\"efficiency\":0.92}".formatted(id);
    }

    private static String vehicleBody(String id) {
        return "{\"id\":\"%s\",\"name\":\"Van\",\"batteryCapacityKwh\":60,\"maxChargePowerKw\":11,\"socPercent\":30}"
                .formatted(id);
    }

    private static String requestBody(String id) {
        return """
                {"id":"%s","hubId":"%s","vehicleId":"%s","departureAt":"%s","targetSocPercent":80,\
                "requestedEnergyKwh":20}""".formatted(id, HUB, VEHICLE, SOON.plus(3, ChronoUnit.HOURS));
    }

    private static String recommendationBody() {
        return "{\"latitude\":52.5,\"longitude\":13.4,\"socPercent\":35,\"batteryCapacityKwh\":60,\"maxKw\":11}";
    }

    private String scenarioBody() {
        return """
                {"hubId":"%s","name":"limit down","timeBudgetMs":0,"changes":{"gridLimits":[{"from":"%s","to":"%s","value":40}]}}"""
                .formatted(liveHubId, SOON, SOON.plus(2, ChronoUnit.HOURS));
    }
}
