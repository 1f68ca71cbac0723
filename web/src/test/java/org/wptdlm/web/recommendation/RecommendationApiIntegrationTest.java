package org.wptdlm.web.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.solver.Planner;
import org.wptdlm.web.plan.LiveHubSeed;
import org.wptdlm.web.plan.LivePlans;

/** Recommendations through the real filter chain, against live plans and a real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationApiIntegrationTest {

    /** Far from any other test's hubs, so only this test's hubs are in range. */
    private static final double LATITUDE = -33.86;
    private static final double LONGITUDE = 151.21;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private HubRepository hubs;
    @Autowired
    private VehicleRepository vehicles;
    @Autowired
    private VehicleTelemetryRepository telemetry;
    @Autowired
    private LivePlans livePlans;

    private String nearHubId;

    @BeforeAll
    void liveHubs() {
        Planner planner = new Planner();
        nearHubId = LiveHubSeed.seed(hubs, livePlans, planner, LATITUDE + 0.01, LONGITUDE, 60, 3).hubId();
        LiveHubSeed.seed(hubs, livePlans, planner, LATITUDE + 0.05, LONGITUDE, 60, 3);
    }

    @Test
    void driverGetsRankedHubsForAGivenVehicle() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("driver", "driver")
                .postForEntity("/api/recommendations", query(50, null), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode first = response.getBody().get("recommendations").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("hubId").asText()).isEqualTo(nearHubId);
        assertThat(first.get("padId").asText()).startsWith("p");
        assertThat(first.get("energyKwh").asDouble()).isPositive();
        assertThat(first.get("socAtDeparturePercent").asDouble()).isGreaterThan(first.get("arrivalSocPercent").asDouble());
        assertThat(first.hasNonNull("arrivalAt")).isTrue();
        assertThat(first.hasNonNull("expectedStartAt")).isTrue();
        assertThat(first.hasNonNull("waitMinutes")).isTrue();
        assertThat(first.get("reason").asText()).isNotBlank();
        assertThat(response.getBody().get("critical").asBoolean()).isFalse();
    }

    @Test
    void criticalVehicleIsFlaggedAndItsMustHaveReported() {
        JsonNode body = rest.withBasicAuth("operator", "operator")
                .postForEntity("/api/recommendations", query(8, null), JsonNode.class).getBody();

        assertThat(body.get("critical").asBoolean()).isTrue();
        JsonNode first = body.get("recommendations").get(0);
        assertThat(first.get("criticalEnergyKwh").asDouble()).isPositive();
        assertThat(first.hasNonNull("criticalNeedMetAt")).isTrue();
    }

    @Test
    void storedVehicleAndItsLatestTelemetryFillTheQuery() {
        storeOwnVehicle();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("driver", "driver").postForEntity("/api/recommendations",
                Map.of("vehicleId", "ev-001", "targetSocPercent", 90), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("vehicleId").asText()).isEqualTo("ev-001");
        assertThat(response.getBody().get("recommendations").get(0).get("hubId").asText()).isEqualTo(nearHubId);
    }

    @Test
    void driverMayNotAskForAnotherDriversVehicle() {
        ResponseEntity<String> response = rest.withBasicAuth("driver", "driver")
                .postForEntity("/api/recommendations", query(50, "ev-999"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void driverSeesAndMakesChargingRequestsOfOwnVehiclesOnly() {
        storeOwnVehicle();
        TestRestTemplate driver = rest.withBasicAuth("driver", "driver");
        Map<String, Object> foreign = Map.of("hubId", nearHubId, "vehicleId", "ev-999", "targetSocPercent", 80,
                "departureAt", Instant.now().plusSeconds(3600).toString());

        assertThat(driver.getForEntity("/api/charging-requests?vehicleId=ev-001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(driver.getForEntity("/api/charging-requests", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.getForEntity("/api/charging-requests?vehicleId=ev-999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.postForEntity("/api/charging-requests", foreign, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("operator", "operator").getForEntity("/api/charging-requests", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void intrudersAreTurnedAway() {
        assertThat(rest.postForEntity("/api/recommendations", query(50, null), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("driver", "wrong").postForEntity("/api/recommendations", query(50, null), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void queryWithoutPositionOrBatteryIsUnprocessable() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("driver", "driver")
                .postForEntity("/api/recommendations", Map.of("socPercent", 40), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).contains("latitude", "batteryCapacityKwh", "maxKw");
    }

    @Test
    void socOutOfRangeIsABadRequest() {
        ResponseEntity<String> response = rest.withBasicAuth("driver", "driver")
                .postForEntity("/api/recommendations", query(150, null), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void storeOwnVehicle() {
        if (!vehicles.exists("ev-001")) {
            vehicles.insert(new Vehicle("ev-001", "Driver's car", 60, 11, 45.0, PriorityClass.NORMAL));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        telemetry.insertAll(List.of(new VehicleTelemetry("ev-001", now, 0, 45, LATITUDE, LONGITUDE, now)));
    }

    private static Map<String, Object> query(double socPercent, String vehicleId) {
        Map<String, Object> query = new HashMap<>(Map.of(
                "latitude", LATITUDE,
                "longitude", LONGITUDE,
                "socPercent", socPercent,
                "batteryCapacityKwh", 60,
                "maxKw", 11,
                "targetSocPercent", 80,
                "departureAt", Instant.now().plusSeconds(4 * 3600).toString()));
        if (vehicleId != null) {
            query.put("vehicleId", vehicleId);
        }
        return query;
    }
}
