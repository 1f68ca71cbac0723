package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.domain.rejected.RejectedMessage;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.RawMqttPublisher;

/**
 * No single message stops intake: topic names with emoji, control characters, ill-formed UTF-8
 * and 64 KiB length, and payloads of random bytes, sent with QoS 1 to a Mosquitto of the test's
 * own over a persistent session. Each one the broker passes on is refused and recorded; the
 * connection stays up and a hub announced afterwards is taken in.
 */
@EnabledIf("org.wptdlm.ingest.support.MosquittoProcess#installed")
@SpringBootTest(classes = IngestTestApplication.class, properties = {
        "dlm.mqtt.clean-session=false",
        "dlm.replan.debounce=50ms",
        "dlm.ingest.flush-interval=50ms",
        "spring.main.banner-mode=off"})
class PoisonMessageFaultTest {

    private static final MosquittoProcess BROKER = new MosquittoProcess().start();

    @Autowired
    RejectedMessageRepository rejected;
    @Autowired
    LiveModel model;
    @Autowired
    MqttConnection connection;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        LiveLoopTest.registerDatabase(registry);
        registry.add("dlm.mqtt.url", BROKER::url);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void poisonTopicsAndPayloadsAreRefusedAndIntakeGoesOn() throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(connection::isConnected);
        RawMqttPublisher device = new RawMqttPublisher("127.0.0.1", BROKER.port());
        String hubInfo = "{\"name\":\"Poison " + run + "\",\"latitude\":52.5,\"longitude\":13.4,\"gridLimitKw\":40}";
        byte[] validInfo = hubInfo.getBytes(StandardCharsets.UTF_8);
        List<String> poisonTopics = List.of(
                "iot/hubs/\uD83D\uDE97-" + run + "/info",
                "iot/hubs/pz-" + run + "/nodes/\uD83D\uDE97/telemetry",
                "iot/hubs/pz-" + run + "-\u0001\u001F/info",
                "iot/hubs/pz-" + run + "-\uFFFF/info",
                "iot/hubs/pz-" + run + "-" + "x".repeat(65_000) + "/info");
        List<String> acknowledgedTopics = new ArrayList<>();
        for (String topic : poisonTopics) {
            if (device.publish(topic, validInfo)) {
                acknowledgedTopics.add(topic);
            }
        }
        byte[] illFormedTopic = ("iot/hubs/pz-" + run + "-\u00C3(/info").getBytes(StandardCharsets.ISO_8859_1);
        boolean illFormedPassed = device.publish(illFormedTopic, validInfo);
        Random random = new Random(42);
        String randomPayloadTopic = "iot/hubs/pz-" + run + "-random/info";
        for (int i = 0; i < 5; i++) {
            byte[] garbage = new byte[1 + random.nextInt(4096)];
            random.nextBytes(garbage);
            assertThat(device.publish(randomPayloadTopic, garbage)).isTrue();
        }
        int passedOn = acknowledgedTopics.size() + 5 + (illFormedPassed ? 1 : 0);

        String healthyHub = "pz-" + run + "-ok";
        assertThat(device.publish("iot/hubs/" + healthyHub + "/info", validInfo)).isTrue();

        await().atMost(Duration.ofSeconds(15)).until(() -> model.hub(healthyHub).isPresent());
        List<RejectedMessage> stored = await().atMost(Duration.ofSeconds(15))
                .until(this::rejectionsOfThisRun, list -> list.size() >= acknowledgedTopics.size() + 5);
        System.out.printf("Fault test, poison messages: %d sent, %d passed on by Mosquitto, %d refused and recorded,"
                        + " %d connection(s), healthy hub taken in%n",
                poisonTopics.size() + 6, passedOn, stored.size(), connection.connectCount());
        for (String topic : acknowledgedTopics) {
            String stem = topic.length() > 400 ? topic.substring(0, 400) : topic;
            assertThat(stored).as("rejection of %s", stem.substring(0, Math.min(60, stem.length())))
                    .anySatisfy(message -> assertThat(message.topic()).startsWith(stem));
        }
        assertThat(stored).filteredOn(message -> message.topic().equals(randomPayloadTopic))
                .hasSize(5)
                .allSatisfy(message -> assertThat(message.reason()).isNotBlank());
        assertThat(connection.connectCount()).as("the connection never dropped").isEqualTo(1);
    }

    private List<RejectedMessage> rejectionsOfThisRun() {
        return rejected.findAll(TimeRange.ALL, null, null, new PageQuery(0, 500)).items().stream()
                .filter(message -> message.topic().contains(run))
                .toList();
    }
}
