package org.wptdlm.ingest.live;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.NodeInfoMessage;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;

/**
 * The database of a unit test without one: it knows no hub or vehicle beyond the live model's and
 * notes each write in words, so a test can see what the live loop would store.
 */
final class RecordingEntityStore implements EntityStore {

    private final List<String> writes = new ArrayList<>();

    List<String> writes() {
        return List.copyOf(writes);
    }

    @Override
    public List<String> loadAllHubs() {
        return List.of();
    }

    @Override
    public boolean loadHub(String hubId) {
        return false;
    }

    @Override
    public void refreshOwnedHub(String hubId) {
    }

    @Override
    public void refreshRequest(String hubId, String requestId) {
    }

    @Override
    public boolean loadVehicle(String vehicleId) {
        return false;
    }

    @Override
    public void upsertHub(String hubId, HubInfoMessage info) {
        writes.add("hub " + hubId);
    }

    @Override
    public void upsertNode(String hubId, String nodeId, NodeInfoMessage info) {
        writes.add("pad " + nodeId);
    }

    @Override
    public void updateHubStatus(String hubId, HubStatus status) {
        writes.add("hub status " + status);
    }

    @Override
    public void updateNodeStatus(String hubId, String nodeId, NodeStatus status) {
        writes.add("pad status " + status);
    }

    @Override
    public void insertVehicle(String vehicleId, VehicleTelemetryMessage describing) {
        writes.add("vehicle " + vehicleId);
    }

    @Override
    public void saveRequest(RequestSnapshot request) {
        writes.add("request " + request.requestId());
    }

    @Override
    public void closeRequest(String requestId, ChargingRequestStatus status) {
        writes.add("request " + requestId + " " + status);
    }

    @Override
    public void recordHubEvent(String hubId, long sequence, HubEventMessage event) {
        writes.add("event #" + sequence + " " + event.type());
    }
}
