package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.db.event.DlmEventFilter;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.store.WriteBehind;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.TestClient;

/**
 * PostgreSQL stopped for {@value #OUTAGE_SECONDS} s while vehicles arrive: allocations keep being
 * published from the live model, a vehicle first seen during the outage is planned and stored
 * afterwards, and the audit trail holds every published allocation under the number it was
 * published with (nothing lost or re-sequenced).
 */
@EnabledIf("org.wptdlm.ingest.support.PostgresCluster#installed")
@SpringBootTest(classes = IngestTestApplication.class, properties = {
        "dlm.mqtt.clean-session=true",
        "dlm.replan.debounce=50ms",
        "dlm.replan.improvement-budget=300ms",
        "dlm.ingest.flush-interval=50ms",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500",
        "spring.main.banner-mode=off"})
class DatabaseOutageFaultTest {

    private static final int OUTAGE_SECONDS = 30;
    private static final PostgresCluster DATABASE = new PostgresCluster().start();

    @Autowired
    LiveModel model;
    @Autowired
    WriteBehind writes;
    @Autowired
    DlmEventRepository events;
    @Autowired
    VehicleRepository vehicles;
    @Autowired
    DataSource dataSource;

    private final ObjectMapper mapper = PayloadParser.mapper();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String hubId = "db-" + run;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("dlm.mqtt.client-id", () -> "db-outage-" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dlm.mqtt.url", LiveLoopTest::brokerUrl);
    }

    @AfterAll
    static void stopDatabase() {
        DATABASE.close();
    }

    @Test
    void allocationsFlowThroughAnOutageAndTheAuditTrailCatchesUpInSequence() throws Exception {
        try (TestClient hub = new TestClient(LiveLoopTest.brokerUrl())) {
            hub.subscribe("iot/hubs/" + hubId + "/dlm/events");
            hub.publish("iot/hubs/" + hubId + "/info",
                    "{\"name\":\"Outage " + run + "\",\"latitude\":52.5,\"longitude\":13.4,\"gridLimitKw\":22}");
            for (int pad = 1; pad <= 4; pad++) {
                hub.publish("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/info", "{\"maxPowerKw\":11,\"efficiency\":0.9}");
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> model.hub(hubId).map(h -> h.snapshot(Instant.now()).pads().size() == 4).orElse(false));
            arrive(hub, 1);
            await().atMost(Duration.ofSeconds(15)).until(() -> allocations(hub).size() >= 1);
            int before = allocations(hub).size();

            DATABASE.stop();
            Instant outageStart = Instant.now();
            for (int pad = 2; pad <= 4; pad++) {
                int published = allocations(hub).size();
                arrive(hub, pad);
                await().atMost(Duration.ofSeconds(25)).until(() -> allocations(hub).size() > published);
            }
            await().atMost(Duration.ofSeconds(OUTAGE_SECONDS)).until(() -> writes.failingSince() != null);
            Duration probe = timeToRefuse();
            Duration rest = Duration.ofSeconds(OUTAGE_SECONDS).minus(Duration.between(outageStart, Instant.now()));
            if (!rest.isNegative()) {
                await().pollDelay(rest).atMost(rest.plusSeconds(5)).until(() -> true);
            }
            int duringOutage = allocations(hub).size() - before;
            int pendingWrites = writes.pendingCount();
            DATABASE.start();
            Instant restarted = Instant.now();

            await().atMost(Duration.ofSeconds(30)).until(() -> writes.failingSince() == null && writes.pendingCount() == 0);
            Duration catchUp = Duration.between(restarted, Instant.now());
            List<Long> publishedSequences = allocations(hub).stream().map(event -> event.get("sequence").asLong()).toList();
            // An improvement published just now may still be on its way to the database.
            List<Long> storedSequences = await().atMost(Duration.ofSeconds(15))
                    .until(this::storedSequences, stored -> stored.containsAll(publishedSequences));
            System.out.printf("Fault test, database outage %d s: %d allocations published during it (%d before),"
                            + " a connection attempt refused in %d ms, %d writes waiting at its end, written %d ms"
                            + " after PostgreSQL returned; %d published sequences, %d stored, re-sequenced 0%n",
                    OUTAGE_SECONDS, duringOutage, before, probe.toMillis(), pendingWrites, catchUp.toMillis(),
                    publishedSequences.size(), storedSequences.size());

            assertThat(duringOutage).isGreaterThanOrEqualTo(3);
            JsonNode last = allocations(hub).get(allocations(hub).size() - 1);
            double gridKw = 0;
            for (JsonNode setpoint : last.get("setpoints")) {
                String pad = setpoint.get("nodeId").asText();
                assertThat(setpoint.path("vehicleId").asText()).as("vehicle planned on %s", pad)
                        .isEqualTo(vehicleId(Integer.parseInt(pad.substring("pad-".length()))));
                gridKw += setpoint.get("gridPowerKw").asDouble();
            }
            assertThat(gridKw).isLessThanOrEqualTo(22 + 1e-6);
            assertThat(probe).as("what the db health check waits").isLessThan(Duration.ofSeconds(2));
            assertThat(publishedSequences).doesNotHaveDuplicates().isSorted();
            assertThat(storedSequences).containsAll(publishedSequences);
            for (int pad = 1; pad <= 4; pad++) {
                assertThat(vehicles.exists(vehicleId(pad))).as("vehicle of pad %d stored", pad).isTrue();
            }
        } finally {
            clearRetained();
        }
    }

    private List<Long> storedSequences() {
        return events.findByHub(hubId, DlmEventFilter.ALL, new PageQuery(0, 500)).items().stream()
                .map(DlmEvent::sequence)
                .sorted()
                .toList();
    }

    /** How long asking the pool for a connection takes to fail: what the health check waits for. */
    private Duration timeToRefuse() {
        Instant start = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            throw new AssertionError("PostgreSQL answered during the outage");
        } catch (SQLException e) {
            return Duration.between(start, Instant.now());
        }
    }

    private void arrive(TestClient hub, int pad) throws Exception {
        String vehicleId = vehicleId(pad);
        hub.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                + "\",\"socPercent\":30,\"batteryCapacityKwh\":60,\"maxChargePowerKw\":11}");
        hub.publish("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/status",
                "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
        hub.publish("iot/hubs/" + hubId + "/requests", "{\"requestId\":\"r-" + vehicleId + "\",\"ts\":\"" + Instant.now()
                + "\",\"vehicleId\":\"" + vehicleId + "\",\"nodeId\":\"pad-" + pad + "\",\"targetSocPercent\":90,"
                + "\"departure\":\"" + Instant.now().plusSeconds(4 * 3600) + "\"}");
    }

    private String vehicleId(int pad) {
        return "db-" + run + "-ev-" + pad;
    }

    private List<JsonNode> allocations(TestClient hub) {
        return hub.received().stream().map(message -> {
            try {
                return mapper.readTree(message.payload());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(event -> "dlm-service".equals(event.path("source").asText())).toList();
    }

    private void clearRetained() throws Exception {
        try (TestClient cleaner = new TestClient(LiveLoopTest.brokerUrl())) {
            cleaner.clearRetained("iot/hubs/" + hubId + "/dlm/allocation");
        }
    }
}
