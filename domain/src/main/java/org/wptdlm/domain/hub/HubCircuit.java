package org.wptdlm.domain.hub;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.PhysicalLimits.requireCircuitKw;

/**
 * A feeder inside a hub with its own limit (a breaker or cable rating), shared by the pads wired to
 * it. The pads on a circuit together never draw more than {@code limitKw} from the grid.
 */
public record HubCircuit(String hubId, String id, double limitKw) {

    public HubCircuit {
        requireId(hubId, "hubId");
        requireId(id, "id");
        requireCircuitKw(limitKw, "limitKw");
    }
}
