package org.wptdlm.ingest.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientReconnector;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3SubscribeBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.broker.EmbeddedMqttBroker;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * The service's one MQTT connection (HiveMQ MQTT client, MQTT 3.1.1): a persistent session under a
 * stable client id, automatic reconnect with back-off (also when the first connect fails, so
 * start-up does not wait for the broker), subscriptions renewed on every connect (a restarted
 * broker may have lost them), and a retained online/offline status with a last will.
 *
 * <p>Received messages are acknowledged manually: {@link MessageIntake} gets each with the
 * acknowledgement, which runs once the message is safely handed over or refused. Paho 1.2.5,
 * used before, killed its receiver thread on valid topic names with characters outside the
 * Basic Multilingual Plane (paho.mqtt.java#905) and the persistent session redelivered that
 * message forever; this client decodes them (see docs/mqtt.md).
 */
@Component
public class MqttConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MqttConnection.class);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    private final MqttProperties properties;
    private final ClusterSettings cluster;
    private final MessageIntake intake;
    private final ObjectMapper mapper = PayloadParser.mapper();
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicLong connects = new AtomicLong();
    private volatile Mqtt3AsyncClient client;
    /** The client as stop left it, for a connect attempt that completes after stop. */
    private volatile Mqtt3AsyncClient stoppedClient;
    private volatile boolean running;
    /** Holds the pending reconnect until its delay is over; stop completes it early and cancels it. */
    private volatile CompletableFuture<Void> reconnectGate = CompletableFuture.completedFuture(null);

    public MqttConnection(MqttProperties properties, ClusterSettings cluster, MessageIntake intake, Clock clock,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.cluster = cluster;
        this.intake = intake;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void start() {
        boolean onEmbeddedBroker = EmbeddedMqttBroker.current()
                .map(broker -> broker.url().equals(properties.url()))
                .orElse(false);
        if (cluster.sharesTelemetry() && onEmbeddedBroker) {
            throw new IllegalStateException("dlm.cluster.shared-subscription-group is set, but the embedded broker"
                    + " (Moquette 0.17) has no shared subscriptions: pad telemetry would never arrive. Use an external"
                    + " broker (Mosquitto 1.6 or later, EMQX, HiveMQ) or leave the group unset.");
        }
        Mqtt3ClientBuilder builder = Mqtt3Client.builder()
                .identifier(properties.clientId())
                .serverHost(properties.host())
                .serverPort(properties.port())
                .transportConfig()
                    .socketConnectTimeout(properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .mqttConnectTimeout(properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .applyTransportConfig()
                .automaticReconnect()
                    .initialDelay(FIRST_RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS)
                    .maxDelay(properties.maxReconnectDelay().toMillis(), TimeUnit.MILLISECONDS)
                    .applyAutomaticReconnect()
                .addConnectedListener(this::connected)
                .addDisconnectedListener(this::disconnected);
        if (properties.usesTls()) {
            builder = builder.sslConfig(MqttTls.create(properties.tls()));
        }
        // Credentials and will on the client, not the CONNECT message: only the client's are sent again
        // on an automatic reconnect (hivemq-mqtt-client#574); an authenticating broker refused every
        // reconnect, so one dropped connection stopped intake for good.
        builder = builder.willPublish()
                    .topic(properties.serviceStatusTopic())
                    .payload(statusJson(ServiceStatus.offline(properties.clientId(), clock.instant())))
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .retain(true)
                    .applyWillPublish();
        if (properties.username() != null && !properties.username().isBlank()) {
            builder = builder.simpleAuth()
                    .username(properties.username())
                    .password((properties.password() == null ? "" : properties.password()).getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        Mqtt3AsyncClient created = builder.buildAsync();
        // Registered before connecting, so the session's queued messages find their consumer. Run on
        // the client's event loop (the executor runs each task at once): on a thread of their own,
        // messages wait in a buffer of 128, and while it is full the client goes through every
        // received, not yet acknowledged message on each new one and on each acknowledgement
        // (hivemq-mqtt-client 1.3, MqttIncomingPublishService.drain). With acknowledgement after the
        // durable write thousands wait: that took half the service's CPU at 7,000 msg/s. received
        // never waits, and acknowledgements are queued to the event loop, never run inside it.
        created.publishes(MqttGlobalPublishFilter.ALL, this::received, Runnable::run, true);
        client = created;
        running = true;
        created.connect(connectMessage()).whenComplete((ack, failure) -> {
            if (failure != null) {
                log.warn("MQTT connect to {} as {} failed ({}); retrying", properties.url(), properties.clientId(),
                        failure.toString());
            }
        });
    }

    private Mqtt3Connect connectMessage() {
        return Mqtt3Connect.builder()
                .cleanSession(properties.cleanSession())
                .keepAlive((int) properties.keepAlive().toSeconds())
                .build();
    }

    private void connected(MqttClientConnectedContext context) {
        Mqtt3AsyncClient stopped = stoppedClient;
        if (!running && stopped != null) {
            // A connect attempt under way when the connection was stopped: stop is final.
            stopped.disconnect();
            return;
        }
        long count = connects.incrementAndGet();
        log.info("MQTT connected to {} as {} (connection #{})", properties.url(), properties.clientId(), count);
        client.subscribe(subscriptions()).whenComplete((subAck, failure) -> {
            if (failure != null) {
                log.warn("MQTT subscribe after connect to {} failed; dropping the connection to retry",
                        properties.url(), failure);
                client.disconnect();
                return;
            }
            publish(properties.serviceStatusTopic(),
                    statusJson(ServiceStatus.online(properties.clientId(), clock.instant())), true);
            events.publishEvent(new MqttConnected(count));
        });
    }

    private Mqtt3Subscribe subscriptions() {
        MqttQos qos = MqttQos.fromCode(properties.qos());
        Mqtt3SubscribeBuilder.Start start = Mqtt3Subscribe.builder();
        Mqtt3SubscribeBuilder.Complete complete = null;
        for (TopicKind kind : TopicKind.values()) {
            complete = (complete == null ? start : complete).addSubscription()
                    .topicFilter(filterOf(kind))
                    .qos(qos)
                    .applySubscription();
        }
        // The retained allocations tell where each hub's DLM event numbering stands.
        complete = complete.addSubscription().topicFilter(Topic.DLM_ALLOCATIONS).qos(qos).applySubscription();
        if (cluster.enabled()) {
            complete = complete.addSubscription().topicFilter(Topic.REQUEST_NOTICES).qos(qos).applySubscription();
        }
        return complete.build();
    }

    /**
     * Pad telemetry goes to one instance of the shared-subscription group when one is configured, so
     * storing it scales with the instances; everything else a hub's owner plans with (descriptions,
     * status, requests, vehicles, hub events, grid signals, allocations) reaches every instance.
     */
    private String filterOf(TopicKind kind) {
        return cluster.sharesTelemetry() && kind.shareable()
                ? "$share/" + cluster.sharedSubscriptionGroup() + "/" + kind.filter()
                : kind.filter();
    }

    private void disconnected(MqttClientDisconnectedContext context) {
        MqttClientReconnector reconnector = context.getReconnector();
        if (!running) {
            reconnector.reconnect(false);
            return;
        }
        log.warn("MQTT connection to {} lost or refused ({}); reconnecting", properties.url(),
                context.getCause().toString());
        // The client reconnects after its back-off delay and gives no way to cancel that from outside
        // this listener; a stop during the delay completes the gate early and the reconnect is called
        // off, instead of a stopped service connecting again (and holding its session) once the
        // broker is back.
        CompletableFuture<Void> gate = new CompletableFuture<Void>()
                .completeOnTimeout(null, reconnector.getDelay(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
        reconnectGate = gate;
        reconnector.reconnectWhen(gate, (ignored, failure) -> {
            if (!running) {
                reconnector.reconnect(false);
            }
        });
    }

    private void received(Mqtt3Publish message) {
        intake.accept(message.getTopic().toString(), message.getPayloadAsBytes(), message::acknowledge);
    }

    /**
     * Publishes with the configured QoS and answers when the broker has it. While disconnected,
     * messages wait in the client's queue and go out on reconnect.
     */
    public CompletableFuture<?> publish(String topic, byte[] payload, boolean retained) {
        Mqtt3AsyncClient current = client;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("MQTT connection not started"));
        }
        return current.publishWith()
                .topic(topic)
                .payload(payload)
                .qos(MqttQos.fromCode(properties.qos()))
                .retain(retained)
                .send();
    }

    public boolean isConnected() {
        Mqtt3AsyncClient current = client;
        return current != null && current.getState() == MqttClientState.CONNECTED;
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
        reconnectGate.complete(null);
        Mqtt3AsyncClient current = client;
        if (current == null) {
            return;
        }
        stoppedClient = current;
        try {
            // Not connected: nothing to disconnect (the client would fail with "not connected"); a
            // pending reconnect is called off by the gate, a connect under way by connected().
            if (current.getState() == MqttClientState.CONNECTED) {
                publish(properties.serviceStatusTopic(),
                        statusJson(ServiceStatus.offline(properties.clientId(), clock.instant())), true)
                        .get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                current.disconnect().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            log.warn("MQTT orderly disconnect from {} failed: {}", properties.url(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
