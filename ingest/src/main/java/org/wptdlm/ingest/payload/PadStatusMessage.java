package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.domain.pad.PadStatus;

/**
 * {@code iot/hubs/{hub_id}/nodes/{node_id}/status}: a pad's state and the vehicle parked on it.
 *
 * @param vehicleId the vehicle over the pad, or null when none (an arrival or departure is a change
 *     of this field)
 * @param faultCode the hub's code when {@code state} is fault
 */
public record PadStatusMessage(Instant ts, PadStatus state, String vehicleId, String faultCode)
        implements DeviceTimestamped {

    public PadStatusMessage {
        Checks.timestamp(ts);
        Checks.required(state, "state");
        Checks.optionalId(vehicleId, "vehicleId");
    }
}
