package org.wptdlm.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.wptdlm.ingest.payload.NodeTelemetryMessage;
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
            RejectionRecorder rejections = new RejectionRecorder(rejected::addAll, meters);
            Clock clock = Clock.systemUTC();
            PayloadParser parser = new PayloadParser(clock, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2));
            MessageIntake intake = new MessageIntake(parser, queue, rejections, clock, meters, event -> { });
            MqttConnection connection = new MqttConnection(properties, ClusterSettings.singleInstance("restart-test"), intake,
                    clock, event -> { });
            connection.start();
            try {
                awaitConnected(connection, 1);
                String topic = "iot/hubs/restart-" + UUID.randomUUID().toString().substring(0, 8) + "/nodes/pad-1/telemetry";
                publish(broker.url(), topic, 0);
                Set<Long> sequences = drainSequences(queue, MESSAGES_PER_PHASE);

                broker.stop();
                broker.start();
                awaitConnected(connection, 2);
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

    private static void awaitConnected(MqttConnection connection, long connects) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(connection.isConnected() && connection.connectCount() >= connects) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(connection.isConnected()).as("connected").isTrue();
        assertThat(connection.connectCount()).isGreaterThanOrEqualTo(connects);
        // Subscribing follows the connect asynchronously.
        Thread.sleep(300);
    }

    private static void publish(String url, String topic, int firstSequence) throws Exception {
        try (TestClient device = new TestClient(url)) {
            for (int seq = firstSequence; seq < firstSequence + MESSAGES_PER_PHASE; seq++) {
                device.publish(topic, "{\"ts\":\"" + Instant.now() + "\",\"seq\":" + seq
                        + ",\"powerKw\":7.2,\"energyKwh\":" + seq + "}");
            }
        }
    }

    private static Set<Long> drainSequences(IngestQueue queue, int expected) throws InterruptedException {
        Set<Long> sequences = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Inbound> batch = new ArrayList<>();
        while (sequences.size() < expected && System.nanoTime() < deadline) {
            queue.drainTo(batch, 1000, Duration.ofMillis(100));
            batch.forEach(message -> {
                sequences.add(((NodeTelemetryMessage) message.payload()).seq());
                message.acknowledgement().run();
            });
            batch.clear();
        }
        return sequences;
    }
}
