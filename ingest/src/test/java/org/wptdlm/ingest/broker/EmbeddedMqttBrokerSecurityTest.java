package org.wptdlm.ingest.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker as an attacker on the network sees it: no anonymous or wrong logins, and a
 * hub's account cannot speak for another hub or for the service.
 */
class EmbeddedMqttBrokerSecurityTest {

    private static final String STATUS_TOPIC = "wpt-dlm/status";
    private static EmbeddedMqttBroker broker;
    private static String hubId;
    private static String otherHubId;

    private final List<MqttClient> clients = new CopyOnWriteArrayList<>();
    private final List<String> seenByService = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(Path.of("target"), "secured-broker-");
        broker = EmbeddedMqttBroker.start(new EmbeddedMqttBroker.Settings("127.0.0.1", 0, data, "test.port", STATUS_TOPIC));
        hubId = "sec-hub-" + UUID.randomUUID().toString().substring(0, 8);
        otherHubId = hubId + "-other";
        broker.accounts().ensure(hubId, BrokerRole.HUB);
        broker.accounts().ensure(otherHubId, BrokerRole.HUB);
    }

    @AfterEach
    void disconnect() throws MqttException {
        for (MqttClient client : clients) {
            if (client.isConnected()) {
                client.disconnectForcibly(100, 100);
            }
            client.close();
        }
    }

    @Test
    void accountsFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = broker.accounts().file();

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anonymousClientIsRefused() {
        assertThatThrownBy(() -> connect(null, null, new MqttConnectOptions()))
                .isInstanceOf(MqttSecurityException.class);
    }

    @Test
    void accountMayLetTheBrokerChooseTheClientId() throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setUserName(BrokerAccounts.SERVICE_USERNAME);
        options.setPassword(broker.accounts().password(BrokerAccounts.SERVICE_USERNAME).orElseThrow().toCharArray());
        MqttClient watcher = new MqttClient(broker.url(), "", new MemoryPersistence());
        clients.add(watcher);

        watcher.connect(options);

        assertThat(watcher.isConnected()).isTrue();
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect(hubId, "not-the-password", new MqttConnectOptions()))
                .isInstanceOf(MqttSecurityException.class);
    }

    @Test
    void hubPublishesOnlyItsOwnInputs() throws Exception {
        serviceListens();
        MqttClient hub = connectAs(hubId);

        publish(hub, "iot/hubs/" + otherHubId + "/info", "forged");
        publish(hub, "iot/hubs/" + otherHubId + "/dlm/events", "forged");
        publish(hub, "iot/hubs/" + hubId + "/dlm/allocation", "forged");
        publish(hub, STATUS_TOPIC, "forged");
        publish(hub, "iot/vehicles/ev-1/telemetry", "forged");
        publish(hub, "iot/hubs/" + otherHubId + "/grid/limits", "forged");
        publish(hub, "iot/hubs/" + hubId + "/dlm/events", "own event");
        publish(hub, "iot/hubs/" + hubId + "/grid/limits", "own limits");
        publish(hub, "iot/hubs/" + hubId + "/info", "own info");

        // One client's messages reach a subscriber in order: once the last one is in, the forged ones were dropped.
        await().atMost(Duration.ofSeconds(10)).until(() -> seenByService.contains("iot/hubs/" + hubId + "/info own info"));
        assertThat(seenByService).containsExactly(
                "iot/hubs/" + hubId + "/dlm/events own event",
                "iot/hubs/" + hubId + "/grid/limits own limits",
                "iot/hubs/" + hubId + "/info own info");
    }

    @Test
    void hubReadsOnlyItsOwnAllocationsAndTheServiceStatus() throws Exception {
        MqttClient hub = connectAs(hubId);

        assertThat(grantedQos(hub, "iot/hubs/" + hubId + "/dlm/allocation")).isEqualTo(1);
        assertThat(grantedQos(hub, STATUS_TOPIC)).isEqualTo(1);
        assertThat(grantedQos(hub, "iot/hubs/" + otherHubId + "/dlm/allocation")).isEqualTo(0x80);
        assertThat(grantedQos(hub, "iot/hubs/+/dlm/allocation")).isEqualTo(0x80);
        assertThat(grantedQos(hub, "#")).isEqualTo(0x80);
    }

    @Test
    void hubWithALastWillOnTheServiceStatusIsDropped() throws Exception {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setUserName(hubId);
        options.setPassword(broker.accounts().password(hubId).orElseThrow().toCharArray());
        options.setWill(STATUS_TOPIC, "offline".getBytes(StandardCharsets.UTF_8), 1, true);
        try (MqttAsyncClient hub = new MqttAsyncClient(broker.url(), "sec-will-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence())) {
            try {
                hub.connect(options).waitForCompletion(5_000);
            } catch (MqttException refusedWhileConnecting) {
                // Dropped before the connection was acknowledged: as good as after.
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> !hub.isConnected());
        }
    }

    @Test
    void aclRulesCoverFiltersOnlyWhereTheyHaveWildcards() {
        assertThat(BrokerAcl.covers("iot/hubs/h1/dlm/#", "iot/hubs/h1/dlm/allocation")).isTrue();
        assertThat(BrokerAcl.covers("iot/hubs/h1/nodes/+/info", "iot/hubs/h1/nodes/p1/info")).isTrue();
        assertThat(BrokerAcl.covers("iot/hubs/h1/nodes/+/info", "iot/hubs/h1/nodes/p1/status")).isFalse();
        assertThat(BrokerAcl.covers("iot/hubs/h1/dlm/events", "iot/hubs/+/dlm/events")).isFalse();
        assertThat(BrokerAcl.covers("iot/hubs/h1/dlm/events", "iot/hubs/h1/dlm/#")).isFalse();
        assertThat(BrokerAcl.covers("iot/hubs/h1/info", "iot/hubs/h1/info/extra")).isFalse();
    }

    private void serviceListens() throws MqttException {
        MqttClient service = connectAs(BrokerAccounts.SERVICE_USERNAME);
        service.subscribe("iot/#", 1, (topic, message) -> seenByService.add(
                topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
        service.subscribe(STATUS_TOPIC, 1, (topic, message) -> seenByService.add(
                topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
    }

    private MqttClient connectAs(String username) throws MqttException {
        return connect(username, broker.accounts().password(username).orElseThrow(), new MqttConnectOptions());
    }

    private MqttClient connect(String username, String password, MqttConnectOptions options) throws MqttException {
        MqttClient client = new MqttClient(broker.url(), "sec-" + UUID.randomUUID().toString().substring(0, 12),
                new MemoryPersistence());
        options.setCleanSession(true);
        if (username != null) {
            options.setUserName(username);
            options.setPassword(password.toCharArray());
        }
        try {
            client.connect(options);
        } catch (MqttException e) {
            client.close();
            throw e;
        }
        clients.add(client);
        return client;
    }

    /** Publishes with QoS 1 without waiting: the broker never acknowledges a publish it refuses. */
    private static void publish(MqttClient client, String topic, String payload) throws MqttException {
        client.getTopic(topic).publish(payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private static int grantedQos(MqttClient client, String filter) {
        try {
            return client.subscribeWithResponse(filter, 1).getGrantedQos()[0];
        } catch (MqttException e) {
            return e.getReasonCode();
        }
    }
}
