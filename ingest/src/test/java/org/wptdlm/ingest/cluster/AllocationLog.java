package org.wptdlm.ingest.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.support.TestClient;

/** Every allocation the service instances published on the hubs' DLM event topics, as a controller sees them. */
final class AllocationLog implements AutoCloseable {

    private static final ObjectMapper MAPPER = PayloadParser.mapper();

    private final TestClient client;

    AllocationLog(String brokerUrl) throws MqttException {
        client = new TestClient(brokerUrl);
        client.subscribe("iot/hubs/+/dlm/events");
    }

    /** In the order they were published (by their time stamp). */
    List<AllocationEvent> all() {
        return client.received().stream()
                .map(received -> allocation(received.payload()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(AllocationEvent::ts))
                .toList();
    }

    List<AllocationEvent> of(String hubId, Instant after) {
        return all().stream()
                .filter(event -> event.hubId().equals(hubId) && event.ts().isAfter(after))
                .toList();
    }

    /** The grid power the allocation's set points draw together, kW. */
    static double gridKw(AllocationEvent event) {
        return event.setpoints().stream().mapToDouble(AllocationEvent.Setpoint::gridPowerKw).sum();
    }

    /** Whether the set points keep within the hub's charging headroom (grid limit less base load). */
    static boolean withinLimit(AllocationEvent event) {
        return gridKw(event) <= event.gridLimitKw() - event.baseLoadKw() + 1e-6;
    }

    private static AllocationEvent allocation(String payload) {
        try {
            JsonNode json = MAPPER.readTree(payload);
            if (!HubEventMessage.SERVICE_SOURCE.equals(json.path("source").asText())) {
                return null;
            }
            return MAPPER.treeToValue(json, AllocationEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws MqttException {
        client.close();
    }
}
