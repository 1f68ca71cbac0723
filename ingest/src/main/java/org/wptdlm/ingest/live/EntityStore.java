package org.wptdlm.ingest.live;

import java.time.Instant;
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
 * Where the ingest worker writes the entities it learns about (hubs, pads, vehicles, requests, hub
 * events). Writes never wait for the database: they are queued and done behind the live model.
 */
public interface EntityStore {

    /** Loads every hub of the database into the live model (at start); answers their ids. */
    List<String> loadAllHubs();

    /**
     * Loads a hub created elsewhere (REST) into the live model; false when the database has none
     * or is known to be unreachable.
     */
    boolean loadHub(String hubId);

    /**
     * Brings a hub this instance has just taken over up to date with what only the database knows:
     * open requests stored through another instance's REST API and where its DLM event numbering
     * stands. Its pads keep their live state (every instance follows the hub's own messages).
     */
    void refreshOwnedHub(String hubId);

    /** Brings one request of the hub in line with its row: held while open, dropped when finished or gone. */
    void refreshRequest(String hubId, String requestId);

    /** Loads a vehicle registered elsewhere into the live model; false when the database has none. */
    boolean loadVehicle(String vehicleId);

    /** Stores a hub as it describes itself, with its circuits. */
    void upsertHub(Hub hub, List<HubCircuit> circuits);

    /** Stores a pad as it describes itself, with the status the live model holds. */
    void upsertPad(HubPad pad);

    void updateHubStatus(String hubId, HubStatus status);

    void updatePadStatus(String hubId, String padId, PadStatus status);

    /** Stores a vehicle that registered itself with its telemetry, unless another instance did. */
    void insertVehicle(Vehicle vehicle);

    /** Stores or replaces an open request. */
    void saveRequest(RequestSnapshot request);

    /** Marks a request finished without its vehicle leaving: cancelled or expired. */
    void closeRequest(String requestId, ChargingRequestStatus status);

    /** Marks a request completed: its vehicle left the pad at {@code endedAt}. */
    void completeRequest(String requestId, Instant endedAt);

    /**
     * Appends an event a hub reported to the hub's DLM audit trail, under the number the live model
     * gave it; a redelivery (same {@code dedupKey}) is recorded once.
     */
    void recordHubEvent(NewDlmEvent event, long sequence, String dedupKey);
}
