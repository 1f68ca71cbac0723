package org.wptdlm.ingest.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * The database of a unit test without one: it knows no hub or vehicle beyond the live model's and
 * notes each write in words, so a test can see what the live loop would store.
 */
public final class RecordingEntityStore implements EntityStore {

    private final List<String> writes = new ArrayList<>();

    public List<String> writes() {
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
    public void upsertHub(Hub hub, List<HubCircuit> circuits) {
        writes.add("hub " + hub.id());
    }

    @Override
    public void upsertPad(HubPad pad) {
        writes.add("pad " + pad.id());
    }

    @Override
    public void updateHubStatus(String hubId, HubStatus status) {
        writes.add("hub status " + status);
    }

    @Override
    public void updatePadStatus(String hubId, String padId, PadStatus status) {
        writes.add("pad status " + status);
    }

    @Override
    public void insertVehicle(Vehicle vehicle) {
        writes.add("vehicle " + vehicle.id());
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
    public void completeRequest(String requestId, Instant endedAt) {
        writes.add("request " + requestId + " COMPLETED");
    }

    @Override
    public void recordHubEvent(NewDlmEvent event, long sequence, String dedupKey) {
        writes.add("event #" + sequence + " " + event.type());
    }
}
