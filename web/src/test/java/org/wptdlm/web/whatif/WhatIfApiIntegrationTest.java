package org.wptdlm.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.PlanningProblemValidator;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanChecker;
import org.wptdlm.web.plan.LiveHubSeed;
import org.wptdlm.web.plan.LivePlans;

/** What-if through the real filter chain and database: answers obey the planning-problem contract and the bounds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfApiIntegrationTest {

    private static final double LIMIT_KW = 25;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private HubRepository hubs;
    @Autowired
    private LivePlans livePlans;

    private LiveHubSeed.Seeded hub;

    @BeforeAll
    void liveHub() {
        hub = LiveHubSeed.seed(hubs, livePlans, new Planner(), 48.14, 11.58, 60, 6);
    }

    @Test
    void scenarioIsSolvedWithinItsLimitsAndComparedPerVehicle() throws Exception {
        ResponseEntity<JsonNode> response = operator().postForEntity("/api/what-if/scenarios", scenario(200), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).hasPath("/api/what-if/scenarios/" + response.getBody().get("id").asLong());
        JsonNode run = response.getBody().get("latestRun");
        PlanningProblem problem = PlanningJson.mapper().treeToValue(run.get("problem"), PlanningProblem.class);
        Plan plan = PlanningJson.mapper().treeToValue(run.get("plan"), Plan.class);
        assertThat(PlanningProblemValidator.violationsOf(problem)).isEmpty();
        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
        assertThat(problem.pads()).extracting("id").doesNotContain("p4");
        assertThat(maxGridKw(problem, plan, 0, 8)).isLessThanOrEqualTo(LIMIT_KW + 1e-6);
        assertThat(plan.sessions()).extracting(SessionPlan::padId).doesNotContain("p4");
        JsonNode comparison = run.get("comparison");
        assertThat(comparison.get("vehicles")).hasSize(hub.problem().sessions().size() + 1);
        JsonNode added = find(comparison.get("vehicles"), "van-7");
        assertThat(added.get("change").asText()).isEqualTo("ADDED");
        assertThat(added.get("scenario").get("socAtDeparturePercent").asDouble()).isGreaterThanOrEqualTo(20);
        assertThat(comparison.get("currentEnergyKwh").asDouble()).isPositive();
        assertThat(run.get("currentKpis").get("energyDeliveredKwh").asDouble()).isPositive();
    }

    @Test
    void scenariosAreListedRerunAndCompared() {
        long first = operator().postForEntity("/api/what-if/scenarios", scenario(0), JsonNode.class).getBody().get("id").asLong();
        long second = operator().postForEntity("/api/what-if/scenarios", scenario(0), JsonNode.class).getBody().get("id").asLong();

        ResponseEntity<JsonNode> rerun = operator().postForEntity("/api/what-if/scenarios/" + first + "/runs",
                Map.of("timeBudgetMs", 0), JsonNode.class);
        JsonNode listed = operator().getForObject("/api/what-if/scenarios?hubId=" + hub.hubId(), JsonNode.class);
        JsonNode runs = operator().getForObject("/api/what-if/scenarios/" + first + "/runs", JsonNode.class);
        JsonNode compared = operator().getForObject("/api/what-if/comparison?scenarioIds=" + first + "," + second,
                JsonNode.class);

        assertThat(rerun.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(listed.findValues("id")).extracting(JsonNode::asLong).contains(first, second);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("ranBy").asText()).isEqualTo("operator");
        assertThat(compared.get("scenarios")).hasSize(2);
        assertThat(compared.get("vehicles").get(0).get("energyKwh")).hasSize(2);
        assertThat(operator().getForEntity("/api/what-if/scenarios/" + first + "/runs/" + rerun.getBody().get("id").asLong(),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void scenarioThatDoesNotFitTheHubIsUnprocessableWithTheReasons() {
        Map<String, Object> request = request(Map.of("padsOutOfService", List.of("p9"), "horizonSlots", 5000), 0);

        ResponseEntity<JsonNode> response = operator().postForEntity("/api/what-if/scenarios", request, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("violations").toString()).contains("p9");
    }

    @Test
    void scenarioTooLargeToSolveIsUnprocessable() {
        ResponseEntity<JsonNode> response = operator().postForEntity("/api/what-if/scenarios",
                request(Map.of("horizonSlots", 5000), 0), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("violations").get(0).asText()).contains("5000 slots", "672");
    }

    @Test
    void oversizedRequestBodyIsRefusedWith413() {
        List<Map<String, Object>> vans = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            vans.add(van("van-" + i));
        }

        ResponseEntity<JsonNode> response = operator().postForEntity("/api/what-if/scenarios",
                request(Map.of("addedVehicles", vans), 0), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody().get("detail").asText()).contains("at most 262144");
    }

    @Test
    void solvesBeyondTheConcurrencyLimitGet429WithRetryAfter() throws Exception {
        // Twice as many callers as the limit of 2 solves, each with a budget of 1.5 s: some must be refused.
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> operator()
                        .postForEntity("/api/what-if/scenarios", scenario(1500), String.class), callers));
            }
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<String>> call : calls) {
                answers.add(call.get());
            }
            List<ResponseEntity<String>> refused = answers.stream()
                    .filter(answer -> answer.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS)
                    .toList();
            assertThat(refused).isNotEmpty();
            assertThat(refused.get(0).getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CREATED).isNotEmpty();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void driversAndIntrudersMayNotRunScenarios() {
        assertThat(rest.withBasicAuth("driver", "driver").postForEntity("/api/what-if/scenarios", scenario(0), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/what-if/scenarios", scenario(0), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("operator", "nope").getForEntity("/api/what-if/scenarios", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownHubAndScenarioAreNotFound() {
        Map<String, Object> request = new HashMap<>(scenario(0));
        request.put("hubId", "no-such-hub");

        assertThat(operator().postForEntity("/api/what-if/scenarios", request, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operator().getForEntity("/api/what-if/scenarios/987654321", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate operator() {
        return rest.withBasicAuth("operator", "operator");
    }

    /** Limit 25 kW for the first two hours, pad p4 down, a van added. */
    private Map<String, Object> scenario(long timeBudgetMs) {
        Instant start = hub.problem().start();
        return request(Map.of(
                "gridLimits", List.of(Map.of("from", start.toString(), "to", start.plusSeconds(7200).toString(),
                        "value", LIMIT_KW)),
                "padsOutOfService", List.of("p4"),
                "addedVehicles", List.of(van("van-7"))), timeBudgetMs);
    }

    private Map<String, Object> request(Map<String, Object> changes, long timeBudgetMs) {
        return Map.of("hubId", hub.hubId(), "name", "Afternoon limit", "changes", changes, "timeBudgetMs", timeBudgetMs);
    }

    private Map<String, Object> van(String vehicleId) {
        Instant start = hub.problem().start();
        Map<String, Object> van = new HashMap<>();
        van.put("vehicleId", vehicleId);
        van.put("arrivalAt", start.plusSeconds(1800).toString());
        van.put("departureAt", start.plusSeconds(5 * 3600).toString());
        van.put("energyKwh", 20);
        van.put("criticalEnergyKwh", 5);
        van.put("maxKw", 11);
        van.put("priority", 2);
        van.put("batteryCapacityKwh", 75);
        van.put("socPercent", 20);
        return van;
    }

    private static JsonNode find(JsonNode vehicles, String vehicleId) {
        for (JsonNode vehicle : vehicles) {
            if (vehicle.get("vehicleId").asText().equals(vehicleId)) {
                return vehicle;
            }
        }
        throw new AssertionError("no vehicle " + vehicleId + " in " + vehicles);
    }

    /** Highest grid draw (vehicle kW / efficiency, summed over sessions) in slots [from, to). */
    private static double maxGridKw(PlanningProblem problem, Plan plan, int from, int to) {
        double max = 0;
        for (int t = from; t < to; t++) {
            double sum = 0;
            for (SessionPlan session : plan.sessions()) {
                if (session.padId() != null) {
                    double efficiency = problem.pads().stream().filter(pad -> pad.id().equals(session.padId()))
                            .findFirst().orElseThrow().efficiency();
                    sum += session.kw(t) / efficiency;
                }
            }
            max = Math.max(max, sum);
        }
        return max;
    }
}
