package org.wptdlm.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.publish.PlanAudit;
import org.wptdlm.solver.Planner;
import org.wptdlm.web.WptDlmApplication;

/**
 * After a restart every hub's last published plan is served at once, read back from the database:
 * in this context the live loop is off (no MQTT), and the restarted service has no broker to reach,
 * so no re-plan can have put it there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivePlansRestoreIntegrationTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private HubRepository hubs;
    @Autowired
    private PlanAudit audit;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private LivePlans livePlans;
    @Autowired
    private LivePlansRestore restore;

    @Test
    void lastPublishedPlanIsServedAgainAtStartBeforeAnyReplan() {
        // Published by the live loop of an earlier run: held in that run's memory only, not in ours.
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, new LivePlans(), new Planner(), 41.0, -3.7, 60, 3);
        Instant first = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Instant last = first.plus(9, ChronoUnit.MINUTES);
        Plan improved = new Plan(hub.plan().sessions(), hub.plan().kpis(), "timefold", List.of());
        audit.recordAllocation(allocation(hub, 1, first, "greedy"), hub.problem(), hub.plan(), DlmTrigger.SCHEDULE, first);
        audit.recordAllocation(allocation(hub, 2, last, "timefold"), hub.problem(), improved, DlmTrigger.SCHEDULE, last);
        await("both plans written behind").atMost(Duration.ofSeconds(20)).until(() -> plans.latestWithProblemPerHub(Instant.EPOCH)
                .stream().anyMatch(stored -> stored.plan().hubId().equals(hub.hubId())
                        && stored.plan().strategy().equals("timefold")));
        assertThat(operator().getForEntity("/api/plans/current/" + hub.hubId(), String.class).getStatusCode())
                .as("nothing in memory yet").isEqualTo(HttpStatus.NOT_FOUND);

        restore.afterSingletonsInstantiated();

        JsonNode current = operator().getForObject("/api/plans/current/" + hub.hubId(), JsonNode.class);
        assertThat(current.get("restored").asBoolean()).isTrue();
        assertThat(Instant.parse(current.get("publishedAt").asText())).isEqualTo(last);
        assertThat(current.get("plan").get("strategy").asText()).isEqualTo("timefold");
        assertThat(current.get("plan").get("kpis").get("energyDeliveredKwh").asDouble())
                .isEqualTo(hub.plan().kpis().energyDeliveredKwh());
        assertThat(current.get("problem").get("sessions")).hasSize(hub.problem().sessions().size());
        CurrentPlan restored = livePlans.of(hub.hubId()).orElseThrow();
        assertThat(restored.problem()).isEqualTo(hub.problem());
        assertThat(restored.plan().sessions()).isEqualTo(hub.plan().sessions());
        assertThat(operator().getForObject("/hubs/" + hub.hubId(), String.class))
                .contains("id=\"plan-restored\"").contains("timefold plan in force since");
    }

    @Test
    void aRestartedServiceServesThePlanAtOnceWithTheBrokerUnreachable() throws Exception {
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, new LivePlans(), new Planner(), 41.2, -3.7, 60, 3);
        Instant published = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        audit.recordAllocation(allocation(hub, 1, published, "greedy"), hub.problem(), hub.plan(), DlmTrigger.SCHEDULE,
                published);
        await("plan written behind").atMost(Duration.ofSeconds(20)).until(() -> plans.latestWithProblemPerHub(Instant.EPOCH)
                .stream().anyMatch(plan -> plan.plan().hubId().equals(hub.hubId())));

        // The service started again on the same database, its broker gone: no connection, so no re-plan.
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(WptDlmApplication.class).run(
                "--server.port=0", "--dlm.mqtt.enabled=true", "--dlm.mqtt.url=tcp://127.0.0.1:" + unusedPort())) {
            TestRestTemplate service = new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://127.0.0.1:" + restarted.getEnvironment().getProperty("local.server.port")))
                    .withBasicAuth("operator", "operator");

            assertThat(restarted.getBean(MqttConnection.class).isConnected()).isFalse();
            JsonNode current = service.getForObject("/api/plans/current/" + hub.hubId(), JsonNode.class);
            assertThat(current.get("restored").asBoolean()).isTrue();
            assertThat(Instant.parse(current.get("publishedAt").asText())).isEqualTo(published);
            assertThat(current.get("plan").get("sessions")).hasSize(hub.plan().sessions().size());
        }
    }

    @Test
    void aPlanPublishedSinceStartIsNotReplacedByTheStoredOne() {
        LiveHubSeed.Seeded hub = LiveHubSeed.seed(hubs, new LivePlans(), new Planner(), 41.1, -3.7, 60, 2);
        Instant stored = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        audit.recordAllocation(allocation(hub, 1, stored, "greedy"), hub.problem(), hub.plan(), DlmTrigger.SCHEDULE, stored);
        await("plan written behind").atMost(Duration.ofSeconds(20)).until(() -> plans.latestWithProblemPerHub(Instant.EPOCH)
                .stream().anyMatch(plan -> plan.plan().hubId().equals(hub.hubId())));
        Instant replanned = Instant.now();
        livePlans.published(hub.hubId(), hub.problem(), hub.plan(), replanned);

        restore.restore();

        CurrentPlan current = livePlans.of(hub.hubId()).orElseThrow();
        assertThat(current.restored()).isFalse();
        assertThat(current.publishedAt()).isEqualTo(replanned);
    }

    private static AllocationEvent allocation(LiveHubSeed.Seeded hub, long sequence, Instant at, String strategy) {
        return new AllocationEvent("service", "allocation", "restore-test", "restore-test", 1L, hub.hubId(), null, sequence, "schedule",
                strategy, at, hub.problem().start(), hub.problem().slotMinutes(), at.plus(1, ChronoUnit.HOURS),
                hub.problem().hub().gridLimitKw(), 0, List.of(), List.of(), List.of());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private TestRestTemplate operator() {
        return rest.withBasicAuth("operator", "operator");
    }
}
