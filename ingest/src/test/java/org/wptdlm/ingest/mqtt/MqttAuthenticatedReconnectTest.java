package org.wptdlm.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.rejection.RejectionRecorder;
import org.wptdlm.ingest.support.MosquittoProcess;

/**
 * On a broker that requires a password (every real deployment, and the embedded broker), the
 * service's automatic reconnect logs in again. The HiveMQ client resends only the credentials set
 * on the client, not those of the first CONNECT message (hivemq-mqtt-client#574): with them on the
 * CONNECT message every reconnect was refused (NOT_AUTHORIZED) and intake stopped for good after one
 * dropped connection.
 */
class MqttAuthenticatedReconnectTest {

    private static final String USER = "wpt-dlm";
    private static final String PASSWORD = "reconnect-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void reconnectsWithItsCredentialsAfterTheBrokerDropsTheConnection() throws Exception {
        assumeTrue(MosquittoProcess.installed(), "mosquitto is not installed");
        try (MosquittoProcess broker = MosquittoProcess.withPassword(USER, PASSWORD).start()) {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            MqttProperties properties = properties(broker.url());
            Clock clock = Clock.systemUTC();
            MessageIntake intake = new MessageIntake(
                    new PayloadParser(clock, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2)),
                    new IngestQueue(properties, meters),
                    new RejectionRecorder(rejections -> { }, meters, Duration.ofMillis(50)), clock, meters, event -> { });
            List<Object> events = new CopyOnWriteArrayList<>();
            MqttConnection connection = new MqttConnection(properties, ClusterSettings.singleInstance("auth-test"), intake,
                    clock, events::add);
            connection.start();
            try {
                awaitSubscribed(events, 1);

                broker.kill();
                broker.start();

                awaitSubscribed(events, 2);
                assertThat(connection.isConnected()).isTrue();
            } finally {
                connection.stop();
            }
        }
    }

    private static MqttProperties properties(String url) {
        return new MqttProperties(true, url, USER, PASSWORD, "auth-test-" + UUID.randomUUID().toString().substring(0, 8),
                false, 1, 10_000, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30),
                Duration.ofSeconds(5), Duration.ofSeconds(1), "wpt-dlm/status", Duration.ofMinutes(5),
                new MqttProperties.Tls(null, null, "PKCS12", null, null, "PKCS12", true));
    }

    private static void awaitSubscribed(List<Object> events, long connects) {
        await("subscribed after connect #" + connects).atMost(Duration.ofSeconds(30)).until(() -> events.stream()
                .anyMatch(event -> event instanceof MqttConnected connected && connected.connection() >= connects));
    }
}
