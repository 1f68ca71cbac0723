package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.domain.hub.HubStatus;

/**
 * {@code iot/hubs/{hub_id}/status}: the controller's state, and optionally a temporary grid limit
 * (utility curtailment) and the non-charging load the connection also carries.
 *
 * @param gridLimitKw a limit below the hub's nominal one, kW; absent = nominal
 * @param baseLoadKw other load on the connection now, kW
 */
public record HubStatusMessage(Instant ts, HubStatus state, Double gridLimitKw, Double baseLoadKw)
        implements DeviceTimestamped {

    public HubStatusMessage {
        Checks.timestamp(ts);
        Checks.required(state, "state");
        Checks.gridLimitKw(gridLimitKw, "gridLimitKw");
        Checks.circuitKw(baseLoadKw, "baseLoadKw");
    }
}
