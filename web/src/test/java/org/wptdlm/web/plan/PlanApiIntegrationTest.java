package org.wptdlm.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.plan.StoredPlan;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.io.PlanningJson;

/** Live plans and KPIs over time, as an operator reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanApiIntegrationTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private HubRepository hubs;
    @Autowired
    private LivePlans livePlans;
    @Autowired
    private PlanRepository plans;

    @Test
    void operatorSeesEveryLivePlanAndOneInFull() {
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, livePlans, new Planner(), 40.4, -3.7, 60, 4);

        JsonNode current = operator().getForObject("/api/plans/current", JsonNode.class);
        JsonNode full = operator().getForObject("/api/plans/current/" + hub.hubId(), JsonNode.class);

        assertThat(current.findValuesAsText("hubId")).contains(hub.hubId());
        assertThat(full.get("problem").get("sessions")).hasSize(4);
        assertThat(full.get("plan").get("sessions")).hasSize(4);
        assertThat(operator().getForEntity("/api/plans/current/no-such-hub", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void kpisOverTimeShowEnergyCriticalNeedsAndPeakAgainstTheLimit() {
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, livePlans, new Planner(), 40.5, -3.7, 60, 4);
        Instant earlier = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        store(hub, earlier);
        store(hub, earlier.plusSeconds(600));

        JsonNode points = operator().getForObject("/api/plans/kpis?hubId=" + hub.hubId() + "&from="
                + earlier.minusSeconds(1), JsonNode.class);

        assertThat(points).hasSize(2);
        JsonNode first = points.get(0);
        assertThat(first.get("energyDeliveredKwh").asDouble()).isEqualTo(hub.plan().kpis().energyDeliveredKwh());
        assertThat(first.get("criticalEnergyRequestedKwh").asDouble()).isPositive();
        assertThat(first.get("peakGridKw").asDouble()).isLessThanOrEqualTo(first.get("gridLimitKw").asDouble());
        assertThat(first.get("gridLimitKw").asDouble()).isEqualTo(60);
        assertThat(Instant.parse(points.get(1).get("createdAt").asText())).isAfter(Instant.parse(first.get("createdAt").asText()));
    }

    @Test
    void dailyCostAndCarbonAddUpEachSlotOnceFromThePlanInForce() {
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, livePlans, new Planner(), 40.6, -3.7, 60, 4);
        int slots = hub.problem().slots();
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS);
        Instant replanned = start.plus(hub.problem().slotMinutes() * 2L, ChronoUnit.MINUTES);
        storePriced(hub, start, Collections.nCopies(slots, 0.5), Collections.nCopies(slots, 0.1));
        storePriced(hub, replanned, Collections.nCopies(slots, 1.0), Collections.nCopies(slots, 0.2));

        JsonNode days = operator().getForObject("/api/plans/kpis/daily?hubId=" + hub.hubId() + "&from="
                + start.minusSeconds(1) + "&to=" + start.plus(1, ChronoUnit.HOURS), JsonNode.class);

        // Two slots of the first plan (0.5 each), then the second plan's slots up to the end of the hour.
        int secondPlanSlots = (60 - 2 * hub.problem().slotMinutes()) / hub.problem().slotMinutes();
        assertThat(days).hasSize(1);
        assertThat(days.get(0).get("day").asText()).isEqualTo(LocalDate.ofInstant(start, ZoneOffset.UTC).toString());
        assertThat(days.get(0).get("cost").asDouble()).isCloseTo(2 * 0.5 + secondPlanSlots * 1.0, within(1e-9));
        assertThat(days.get(0).get("carbonKg").asDouble()).isCloseTo(2 * 0.1 + secondPlanSlots * 0.2, within(1e-9));
        assertThat(operator().getForEntity("/api/plans/kpis/daily?zone=Mars/Olympus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void driversMayNotReadPlans() {
        assertThat(rest.withBasicAuth("driver", "driver").getForEntity("/api/plans/current", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/plans/kpis", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void store(LiveHubSeed.Seeded hub, Instant createdAt) {
        List<PlanAllocation> allocations = hub.plan().sessions().stream()
                .map(session -> new PlanAllocation(session.id(), session.id() + "-ev", session.padId(), session.kwBySlot()))
                .toList();
        plans.save(new StoredPlan(null, hub.hubId(), createdAt, hub.problem().start(), hub.problem().slotMinutes(),
                hub.problem().slots(), hub.plan().strategy(), PlanningJson.toJson(hub.plan().kpis()), allocations));
    }

    private void storePriced(LiveHubSeed.Seeded hub, Instant createdAt, List<Double> cost, List<Double> carbonKg) {
        plans.save(new StoredPlan(null, hub.hubId(), createdAt, createdAt, hub.problem().slotMinutes(), hub.problem().slots(),
                "greedy", "{}", List.of(), List.of(), cost, carbonKg));
    }

    private TestRestTemplate operator() {
        return rest.withBasicAuth("operator", "operator");
    }
}
