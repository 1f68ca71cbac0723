package org.wptdlm.web.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.RawMqttPublisher;

/**
 * Issue 10's silent intake: with hubs known and nothing received for {@code dlm.mqtt.intake-silence-alarm}
 * (2 s here), {@code /actuator/health} says OUT_OF_SERVICE for component {@code intake} (HTTP 503), and
 * UP again with the next message. A broker of its own: on the shared one, other tests' traffic would
 * keep intake busy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dlm.mqtt.enabled=true", "dlm.mqtt.intake-silence-alarm=2s"})
class IntakeHealthIntegrationTest {

    private static final Duration SILENCE_ALARM = Duration.ofSeconds(2);

    private static MosquittoProcess broker;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MqttConnection connection;
    @Autowired
    private LiveModel model;

    @BeforeAll
    static void startBroker() {
        assumeTrue(MosquittoProcess.installed(), "mosquitto in /usr/sbin");
        broker = new MosquittoProcess().start();
    }

    @DynamicPropertySource
    static void brokerUrl(DynamicPropertyRegistry registry) {
        registry.add("dlm.mqtt.url", () -> broker.url());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void intakeIsOutOfServiceWhenSilentWhileHubsAreKnownAndUpWithTheNextMessage() throws Exception {
        String hubId = "silence-" + UUID.randomUUID().toString().substring(0, 8);
        RawMqttPublisher hub = hubKnown(hubId);
        assertThat(intake().get("status").asText()).isEqualTo("UP");

        long silentSince = System.nanoTime();
        await("intake OUT_OF_SERVICE").atMost(SILENCE_ALARM.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> intake().get("status").asText().equals("OUT_OF_SERVICE"));
        Duration alarmAfter = Duration.ofNanos(System.nanoTime() - silentSince);
        ResponseEntity<JsonNode> health = health();
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(health.getBody().get("components").get("intake").get("details").get("hubs").asInt()).isPositive();

        assertThat(hub.publish("iot/hubs/" + hubId + "/status", "{\"state\":\"online\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        await("intake UP again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> intake().get("status").asText().equals("UP"));
        System.out.printf("Intake health: OUT_OF_SERVICE %d ms after the hub was known (alarm %d ms), UP with the next"
                + " message%n", alarmAfter.toMillis(), SILENCE_ALARM.toMillis());
    }

    @Test
    void theServicesOwnEchoedAllocationsDoNotHideASilentFleet() throws Exception {
        String hubId = "echo-" + UUID.randomUUID().toString().substring(0, 8);
        hubKnown(hubId);

        // The service keeps re-planning and publishing while its fleet says nothing; it subscribes to
        // the allocation topics it publishes, so each allocation comes back to its own intake.
        ScheduledExecutorService replanning = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicLong sequence = new AtomicLong();
            replanning.scheduleAtFixedRate(() -> connection.publish(Topic.dlmAllocation(hubId),
                    ("{\"sequence\":" + sequence.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8), true),
                    0, 200, TimeUnit.MILLISECONDS);
            await("intake OUT_OF_SERVICE despite the echoes").atMost(SILENCE_ALARM.plusSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> intake().get("status").asText().equals("OUT_OF_SERVICE"));
            assertThat(sequence.get()).as("allocations echoed while silent").isGreaterThan(5);
        } finally {
            replanning.shutdownNow();
        }
    }

    /** Publishes the hub's description as the hub would and waits until the live model has it. */
    private RawMqttPublisher hubKnown(String hubId) throws Exception {
        await("MQTT connected").atMost(Duration.ofSeconds(30)).until(connection::isConnected);
        RawMqttPublisher hub = new RawMqttPublisher("127.0.0.1", broker.port());
        assertThat(hub.publish("iot/hubs/" + hubId + "/info", ("{\"name\":\"Hub " + hubId
                + "\",\"latitude\":52.5,\"longitude\":13.4,\"gridLimitKw\":22}").getBytes(StandardCharsets.UTF_8))).isTrue();
        await("hub known").atMost(Duration.ofSeconds(15)).until(() -> model.hub(hubId).isPresent());
        return hub;
    }

    private JsonNode intake() {
        return health().getBody().get("components").get("intake");
    }

    private ResponseEntity<JsonNode> health() {
        return http.withBasicAuth("admin", "admin").getForEntity("/actuator/health", JsonNode.class);
    }
}
