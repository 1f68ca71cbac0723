package org.wptdlm.db;

import java.time.Instant;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/** Small valid entities for the repository tests. */
public final class TestData {

    public static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private TestData() {
    }

    public static Hub hub(String id) {
        return new Hub(id, "Hub " + id, "Main street 1, Berlin", 52.52, 13.40, 150.0, HubStatus.ONLINE);
    }

    public static HubPad pad(String hubId, String id) {
        return new HubPad(hubId, id, 11.0, 0.91, PadStatus.AVAILABLE, null);
    }

    public static Vehicle vehicle(String id) {
        return new Vehicle(id, "Van " + id, 75.0, 11.0, 40.0, PriorityClass.FLEET);
    }

    public static ChargingRequest request(String id, String hubId, String vehicleId) {
        return new ChargingRequest(id, hubId, vehicleId, null, NOON, NOON.plusSeconds(4 * 3600), 80.0, null, null,
                ChargingRequestStatus.PENDING, NOON);
    }
}
