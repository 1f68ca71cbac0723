package org.wptdlm.ingest.model;

import java.util.List;
import java.util.Map;
import org.wptdlm.domain.hub.HubStatus;

/**
 * A hub at one moment, copied out of the live model for the planner.
 *
 * @param gridLimitKw the limit in force now: the nominal one or a lower one the hub reported, kW
 * @param baseLoadKw non-charging load on the connection, kW
 * @param circuitLimitsKw limit per circuit id, kW
 */
public record HubSnapshot(
        String hubId,
        HubStatus status,
        double gridLimitKw,
        double baseLoadKw,
        Map<String, Double> circuitLimitsKw,
        List<PadSnapshot> pads,
        List<RequestSnapshot> requests) {

    /** The power the pads together may draw from the grid, kW. */
    public double chargingBudgetKw() {
        return Math.max(0, gridLimitKw - baseLoadKw);
    }
}
