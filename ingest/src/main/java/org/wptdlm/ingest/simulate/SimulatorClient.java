package org.wptdlm.ingest.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * The simulator's MQTT client: a clean session under a random id (a simulator run has nothing to
 * resume), JSON payloads written like the service reads them.
 */
final class SimulatorClient implements AutoCloseable {

    /** Receives messages on the simulator's subscriptions; runs on Paho's callback thread. */
    interface Listener {
        void message(String topic, byte[] payload);
    }

    private final MqttAsyncClient client;
    private final ObjectMapper mapper = PayloadParser.mapper();

    SimulatorClient(BrokerLogin login, int maxInflight, Listener listener, Runnable delivered) throws MqttException {
        client = new MqttAsyncClient(login.url(), "wpt-dlm-sim-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                // automatic reconnect takes over
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                listener.message(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                delivered.run();
            }
        });
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxInflight(maxInflight);
        options.setKeepAliveInterval(30);
        if (login.username() != null) {
            options.setUserName(login.username());
            options.setPassword(login.password() == null ? new char[0] : login.password().toCharArray());
        }
        client.connect(options).waitForCompletion(10_000);
    }

    void subscribe(String filter) throws MqttException {
        client.subscribe(filter, 1).waitForCompletion(10_000);
    }

    /**
     * Publishes with QoS 1; false when the client's in-flight window is full or the broker is away
     * and the client reconnecting (the caller retries): a broker restart does not end a run.
     */
    boolean publish(String topic, Object payload, boolean retained) throws MqttException {
        try {
            client.publish(topic, json(payload), 1, retained);
            return true;
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT
                    || e.getReasonCode() == MqttException.REASON_CODE_CLIENT_NOT_CONNECTED) {
                return false;
            }
            throw e;
        }
    }

    /** Publishes, waiting while the in-flight window is full. */
    void publishNow(String topic, Object payload, boolean retained) throws MqttException, InterruptedException {
        while (!publish(topic, payload, retained)) {
            Thread.sleep(1);
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

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect(2000).waitForCompletion(3000);
        }
        client.close(true);
    }
}
