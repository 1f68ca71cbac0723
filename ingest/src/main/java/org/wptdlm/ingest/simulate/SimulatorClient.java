package org.wptdlm.ingest.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * The simulator's MQTT client, on the HiveMQ MQTT client like the service: a clean session under a
 * random id (a simulator run has nothing to resume), automatic reconnect (a broker restart does not
 * end a run), JSON payloads written like the service reads them. At most {@code maxInflight} QoS 1
 * messages wait for the broker's acknowledgement; publishing waits for room beyond that.
 */
final class SimulatorClient implements AutoCloseable {

    /** Receives messages on the simulator's subscriptions; runs on the client's callback thread. */
    interface Listener {
        void message(String topic, byte[] payload);
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Mqtt3AsyncClient client;
    private final int maxInflight;
    private final Semaphore inflight;
    private final Runnable delivered;
    private final ObjectMapper mapper = PayloadParser.mapper();

    SimulatorClient(BrokerLogin login, int maxInflight, Listener listener, Runnable delivered)
            throws SimulatorException {
        this.maxInflight = maxInflight;
        this.inflight = new Semaphore(maxInflight);
        this.delivered = delivered;
        URI url = URI.create(login.url());
        boolean tls = "ssl".equals(url.getScheme());
        Mqtt3ClientBuilder builder = Mqtt3Client.builder()
                .identifier("wpt-dlm-sim-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(url.getHost())
                .serverPort(url.getPort() >= 0 ? url.getPort() : tls ? 8883 : 1883)
                .automaticReconnect()
                    .initialDelay(200, TimeUnit.MILLISECONDS)
                    .maxDelay(5, TimeUnit.SECONDS)
                    .applyAutomaticReconnect();
        if (tls) {
            builder = builder.sslWithDefaultConfig();
        }
        // Credentials on the client, not the CONNECT message: only the client's are sent again on an
        // automatic reconnect (hivemq-mqtt-client#574); an authenticating broker would refuse it.
        if (login.username() != null) {
            builder = builder.simpleAuth()
                    .username(login.username())
                    .password((login.password() == null ? "" : login.password()).getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        client = builder.buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED,
                message -> listener.message(message.getTopic().toString(), message.getPayloadAsBytes()));
        await(client.connect(Mqtt3Connect.builder().cleanSession(true).keepAlive(30).build()), "connect to " + login.url());
    }

    void subscribe(String filter) throws SimulatorException {
        await(client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send(), "subscribe to " + filter);
    }

    /**
     * Publishes with QoS 1, waiting while {@code maxInflight} messages wait for the broker. While
     * the broker is away, messages wait in the client and go out when it has reconnected; those in
     * flight when the connection dropped are not acknowledged (the session is clean).
     */
    void publishNow(String topic, Object payload, boolean retained) throws InterruptedException {
        send(topic, payload, retained);
    }

    /**
     * Publishes with QoS 1 and returns once the broker has acknowledged the message: what is published
     * after it, through any connection, reaches the broker's subscribers after it.
     */
    void publishAcknowledged(String topic, Object payload, boolean retained)
            throws InterruptedException, SimulatorException {
        await(send(topic, payload, retained), "publish to " + topic);
    }

    private CompletableFuture<?> send(String topic, Object payload, boolean retained) throws InterruptedException {
        inflight.acquire();
        return client.publishWith()
                .topic(topic)
                .payload(json(payload))
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(retained)
                .send()
                .whenComplete((answer, failure) -> {
                    // Counted before the permit returns: awaitAnswers() then sees every answer counted.
                    if (failure == null) {
                        delivered.run();
                    }
                    inflight.release();
                });
    }

    /** Waits until no message waits for the broker's answer any more, at most {@code timeout}. */
    void awaitAnswers(Duration timeout) throws InterruptedException {
        if (inflight.tryAcquire(maxInflight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inflight.release(maxInflight);
        }
    }

    <T> T read(byte[] payload, Class<T> type) throws IOException {
        return mapper.readValue(payload, type);
    }

    private byte[] json(Object payload) {
        try {
            return payload instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Simulator payload cannot be written as JSON", e);
        }
    }

    private static <T> T await(CompletableFuture<T> answer, String what)
            throws SimulatorException {
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SimulatorException("MQTT " + what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new SimulatorException("MQTT " + what + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorException("MQTT " + what + " interrupted", e);
        }
    }

    @Override
    public void close() {
        if (client.getState() != MqttClientState.DISCONNECTED) {
            try {
                client.disconnect().get(3, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // closing anyway: the broker drops the session (clean) when the connection ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
