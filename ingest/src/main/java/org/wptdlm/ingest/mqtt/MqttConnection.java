package org.wptdlm.ingest.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * The service's one MQTT connection: a persistent session under a stable client id, automatic
 * reconnect, subscriptions renewed on every connect (a restarted broker may have lost them), and a
 * retained online/offline status with a last will. Received messages go to {@link MessageIntake}.
 * Start-up does not wait for the broker: until it answers, connecting is retried with back-off and
 * the health indicator reports down.
 */
@Component
public class MqttConnection implements SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(MqttConnection.class);
    private static final int DISCONNECTED_BUFFER_MESSAGES = 10_000;
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(500);

    private final MqttProperties properties;
    private final MessageIntake intake;
    private final ObjectMapper mapper = PayloadParser.mapper();
    private final Clock clock;
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "mqtt-connect"));
    private final AtomicLong connects = new AtomicLong();
    private volatile MqttAsyncClient client;
    private volatile boolean running;

    public MqttConnection(MqttProperties properties, MessageIntake intake, Clock clock) {
        this.properties = properties;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void start() {
        try {
            client = new MqttAsyncClient(properties.url(), properties.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("MQTT client for " + properties.url() + " cannot be created", e);
        }
        client.setCallback(this);
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(DISCONNECTED_BUFFER_MESSAGES);
        buffer.setDeleteOldestMessages(true);
        client.setBufferOpts(buffer);
        running = true;
        connect(FIRST_RETRY_DELAY);
    }

    private void connect(Duration nextDelay) {
        if (!running) {
            return;
        }
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete subscribes
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    retryLater(nextDelay, failure);
                }
            });
        } catch (MqttException e) {
            retryLater(nextDelay, e);
        }
    }

    private void retryLater(Duration delay, Throwable failure) {
        if (!running) {
            return;
        }
        log.warn("MQTT connect to {} as {} failed ({}); retrying in {} ms",
                properties.url(), properties.clientId(), failure.toString(), delay.toMillis());
        Duration next = delay.multipliedBy(2).compareTo(properties.maxReconnectDelay()) > 0
                ? properties.maxReconnectDelay()
                : delay.multipliedBy(2);
        retries.schedule(() -> connect(next), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(properties.cleanSession());
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay((int) properties.maxReconnectDelay().toMillis());
        options.setKeepAliveInterval((int) properties.keepAlive().toSeconds());
        options.setConnectionTimeout((int) properties.connectionTimeout().toSeconds());
        options.setMaxInflight(properties.maxInflight());
        if (properties.username() != null && !properties.username().isBlank()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password() == null ? new char[0] : properties.password().toCharArray());
        }
        if (properties.usesTls()) {
            options.setSocketFactory(TlsSocketFactories.create(properties.tls()));
            options.setHttpsHostnameVerificationEnabled(properties.tls().hostnameVerification());
        }
        byte[] lastWill = statusJson(ServiceStatus.offline(properties.clientId(), clock.instant()));
        options.setWill(properties.serviceStatusTopic(), lastWill, 1, true);
        return options;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        long count = connects.incrementAndGet();
        log.info("MQTT connected to {} as {} ({}, connection #{})",
                serverUri, properties.clientId(), reconnect ? "reconnect" : "first connect", count);
        String[] filters = Arrays.stream(TopicKind.values()).map(TopicKind::filter).toArray(String[]::new);
        int[] qos = new int[filters.length];
        Arrays.fill(qos, properties.qos());
        try {
            client.subscribe(filters, qos);
            byte[] online = statusJson(ServiceStatus.online(properties.clientId(), clock.instant()));
            publish(properties.serviceStatusTopic(), online, true);
        } catch (MqttException e) {
            log.warn("MQTT subscribe after connect to {} failed; dropping the connection to retry", serverUri, e);
            disconnectToRetry();
        }
    }

    private void disconnectToRetry() {
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException e) {
            log.warn("MQTT forced disconnect failed: {}", e.toString());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("MQTT connection to {} lost ({}); reconnecting", properties.url(), cause.toString());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        intake.accept(topic, message.getPayload());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // QoS 1 publications need no follow-up: the retained allocation covers a lost event.
    }

    /**
     * Publishes with the configured QoS. While disconnected, messages wait in Paho's buffer and go
     * out on reconnect.
     */
    public void publish(String topic, byte[] payload, boolean retained) throws MqttException {
        MqttAsyncClient current = client;
        if (current == null) {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
        }
        current.publish(topic, payload, properties.qos(), retained);
    }

    public boolean isConnected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    /** How many times the connection has been (re)established since start. */
    public long connectCount() {
        return connects.get();
    }

    public String clientId() {
        return properties.clientId();
    }

    public String url() {
        return properties.url();
    }

    private byte[] statusJson(ServiceStatus status) {
        try {
            return mapper.writeValueAsBytes(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Service status cannot be written as JSON", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
        MqttAsyncClient current = client;
        if (current == null) {
            return;
        }
        try {
            if (current.isConnected()) {
                current.publish(properties.serviceStatusTopic(),
                        statusJson(ServiceStatus.offline(properties.clientId(), clock.instant())), 1, true)
                        .waitForCompletion(1000);
                current.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            log.warn("MQTT orderly disconnect failed: {}", e.toString());
        }
        try {
            current.close(true);
        } catch (MqttException e) {
            log.warn("MQTT client close failed: {}", e.toString());
        }
        client = null;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    public boolean isEnabled() {
        return properties.enabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the ingest worker, so no message arrives after the worker drained the queue.
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
