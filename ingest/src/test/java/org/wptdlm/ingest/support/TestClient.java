package org.wptdlm.ingest.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A device or hub controller in a test: publishes JSON with QoS 1 and records what it receives. */
public final class TestClient implements AutoCloseable {

    /** A message the client received. */
    public record Received(String topic, String payload, boolean retained) {}

    private final MqttClient client;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TestClient(String url) throws MqttException {
        client = new MqttClient(url, "test-" + UUID.randomUUID().toString().substring(0, 12), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxInflight(1000);
        client.connect(options);
    }

    public void publish(String topic, String json) throws MqttException {
        publish(topic, json, false);
    }

    public void publish(String topic, String json, boolean retained) throws MqttException {
        client.publish(topic, json.getBytes(StandardCharsets.UTF_8), 1, retained);
    }

    public void subscribe(String filter) throws MqttException {
        client.subscribe(filter, 1, (topic, message) -> received.add(
                new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8), message.isRetained())));
    }

    /** Waits until a received message matches, or fails after {@code timeout}. */
    public Received await(Predicate<Received> matching, Duration timeout) throws InterruptedException {
        return Awaitility.await().alias("a matching message")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> received.stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Clears the retained message on {@code topic}, so a shared broker keeps no test leftovers. */
    public void clearRetained(String topic) throws MqttException {
        client.publish(topic, new byte[0], 1, true);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
