package org.wptdlm.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.rejection.Rejection;
import org.wptdlm.ingest.rejection.RejectionRecorder;
import org.wptdlm.ingest.support.TestBroker;
import org.wptdlm.ingest.support.TestClient;

/**
 * The service's connection survives a broker restart: it reconnects, subscribes again, and every
 * QoS 1 message a device published — before the restart and after it — reaches the ingest queue.
 */
class MqttConnectionRestartTest {

    private static final int MESSAGES_PER_PHASE = 100;

    @Test
    void reconnectsAndResubscribesAfterABrokerRestartWithoutLosingMessages() throws Exception {
        try (TestBroker broker = new TestBroker().start()) {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            MqttProperties properties = properties(broker.url());
            IngestQueue queue = new IngestQueue(properties, meters);
            List<Rejection> rejected = new CopyOnWriteArrayList<>();
            RejectionRecorder rejections = new RejectionRecorder(rejected::addAll, meters, Duration.ofMillis(50));
            Clock clock = Clock.systemUTC();
            PayloadParser parser = new PayloadParser(clock, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2));
            MessageIntake intake = new MessageIntake(parser, queue, rejections, clock, meters, event -> { });
            List<Object> events = new CopyOnWriteArrayList<>();
            MqttConnection connection = new MqttConnection(properties, ClusterSettings.singleInstance("restart-test"), intake,
                    clock, events::add);
            connection.start();
            try {
                awaitSubscribed(events, 1);
                String topic = "iot/hubs/restart-" + UUID.randomUUID().toString().substring(0, 8) + "/nodes/pad-1/telemetry";
                publish(broker.url(), topic, 0);
                Set<Long> sequences = drainSequences(queue, MESSAGES_PER_PHASE);

                broker.stop();
                broker.start();
                awaitSubscribed(events, 2);
                publish(broker.url(), topic, MESSAGES_PER_PHASE);

                sequences.addAll(drainSequences(queue, MESSAGES_PER_PHASE));
                assertThat(sequences).hasSize(2 * MESSAGES_PER_PHASE);
                rejections.flush();
                assertThat(rejected).isEmpty();
            } finally {
                connection.stop();
            }
        }
    }

    private static MqttProperties properties(String url) {
        return new MqttProperties(true, url, null, null, "restart-test-" + UUID.randomUUID().toString().substring(0, 8),
                false, 1, 10_000, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30),
                Duration.ofSeconds(5), Duration.ofSeconds(1), "wpt-dlm/status", Duration.ofMinutes(5),
                new MqttProperties.Tls(null, null, "PKCS12", null, null, "PKCS12", true));
    }

    /** The connection announces each (re)connect once it has subscribed again. */
    private static void awaitSubscribed(List<Object> events, long connects) {
        await("subscribed after connect #" + connects).atMost(Duration.ofSeconds(20)).until(() -> events.stream()
                .anyMatch(event -> event instanceof MqttConnected connected && connected.connection() >= connects));
    }

    private static void publish(String url, String topic, int firstSequence) throws Exception {
        try (TestClient device = new TestClient(url)) {
            for (int seq = firstSequence; seq < firstSequence + MESSAGES_PER_PHASE; seq++) {
                device.publish(topic, "{\"ts\":\"" + Instant.now() + "\",\"seq\":" + seq
                        + ",\"powerKw\":7.2,\"energyKwh\":" + seq + "}");
            }
        }
    }

    private static Set<Long> drainSequences(IngestQueue queue, int expected) {
        Set<Long> sequences = new HashSet<>();
        List<Inbound> batch = new ArrayList<>();
        await(expected + " messages in the queue").atMost(Duration.ofSeconds(20)).until(() -> {
            queue.drainTo(batch, 1000, Duration.ofMillis(100));
            batch.forEach(message -> {
                sequences.add(((PadTelemetryMessage) message.payload()).seq());
                message.acknowledgement().run();
            });
            batch.clear();
            return sequences.size() >= expected;
        });
        return sequences;
    }
}
