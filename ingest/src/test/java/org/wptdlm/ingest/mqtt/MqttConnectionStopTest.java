package org.wptdlm.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.rejection.RejectionRecorder;
import org.wptdlm.ingest.support.TestBroker;

/**
 * Stop is final: a connection stopped while it was waiting to reconnect (the broker went away first,
 * as on a shutdown of the whole stack) does not come back when the broker does, and logs no warning
 * or error after stop.
 */
class MqttConnectionStopTest {

    /** Several reconnect delays (the test's maximum delay is 1 s): a pending reconnect would have run. */
    private static final Duration RECONNECT_WINDOW = Duration.ofSeconds(4);

    @Test
    void aConnectionStoppedWhileReconnectingStaysDisconnectedWhenTheBrokerReturns() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(MqttConnection.class);
        logs.start();
        logger.addAppender(logs);
        try (TestBroker broker = new TestBroker().start()) {
            List<Object> events = new CopyOnWriteArrayList<>();
            MqttConnection connection = connection(broker.url(), events);
            connection.start();
            await("connected and subscribed").atMost(Duration.ofSeconds(20))
                    .until(() -> events.stream().anyMatch(MqttConnected.class::isInstance));

            broker.stop();
            await("connection lost").atMost(Duration.ofSeconds(20)).until(() -> !connection.isConnected());
            logs.list.clear();
            connection.stop();
            broker.start();

            await("no reconnect after stop").during(RECONNECT_WINDOW).atMost(RECONNECT_WINDOW.plusSeconds(2))
                    .until(() -> connection.connectCount() == 1 && !connection.isConnected());
            assertThat(connection.isRunning()).isFalse();
            // Only this connection's: other tests' connections in this JVM may still be reconnecting.
            assertThat(logs.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .filteredOn(message -> message.contains(broker.url()))
                    .isEmpty();
        } finally {
            logger.detachAppender(logs);
        }
    }

    private static MqttConnection connection(String url, List<Object> events) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MqttProperties properties = new MqttProperties(true, url, null, null,
                "stop-test-" + UUID.randomUUID().toString().substring(0, 8), false, 1, 10_000, 65536,
                Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(1), "wpt-dlm/status", Duration.ofMinutes(5),
                new MqttProperties.Tls(null, null, "PKCS12", null, null, "PKCS12", true));
        Clock clock = Clock.systemUTC();
        RejectionRecorder rejections = new RejectionRecorder(rejected -> { }, meters, Duration.ofMillis(50));
        MessageIntake intake = new MessageIntake(
                new PayloadParser(clock, 65536, Duration.ofMinutes(15), Duration.ofMinutes(2)),
                new IngestQueue(properties, meters), rejections, clock, meters, event -> { });
        return new MqttConnection(properties, ClusterSettings.singleInstance("stop-test"), intake, clock, events::add);
    }
}
