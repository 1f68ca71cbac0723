package org.wptdlm.domain.pad;

import static org.wptdlm.domain.Invariants.optionalId;
import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.PhysicalLimits.requireEfficiency;
import static org.wptdlm.domain.PhysicalLimits.requirePowerKw;

/**
 * A wireless charging pad of a hub (the seed calls pads "nodes"). Its id is unique within its hub,
 * as in the topic {@code iot/hubs/{hubId}/nodes/{nodeId}/…}.
 *
 * @param maxPowerKw the most the pad can deliver to a vehicle
 * @param efficiency grid to vehicle, in [0.5, 1]: delivering P kW draws P / efficiency kW from the grid
 * @param circuitId the circuit the pad is wired to, or null when only the hub's grid limit applies
 */
public record HubPad(
        String hubId,
        String id,
        double maxPowerKw,
        double efficiency,
        PadStatus status,
        String circuitId) {

    public HubPad {
        requireId(hubId, "hubId");
        requireId(id, "id");
        requirePowerKw(maxPowerKw, "maxPowerKw");
        requireEfficiency(efficiency, "efficiency");
        requirePresent(status, "status");
        optionalId(circuitId, "circuitId");
    }

    /** The power drawn from the grid while delivering {@code deliveredKw} to the vehicle. */
    public double gridPowerKw(double deliveredKw) {
        return deliveredKw / efficiency;
    }
}
