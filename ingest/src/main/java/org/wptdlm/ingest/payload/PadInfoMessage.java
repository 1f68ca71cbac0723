package org.wptdlm.ingest.payload;

import java.time.Instant;

/**
 * {@code iot/hubs/{hub_id}/nodes/{node_id}/info} (retained): what a pad can do.
 *
 * @param maxPowerKw the most power the pad delivers to a vehicle, kW
 * @param efficiency grid-to-vehicle efficiency, 0.5-1 (the grid draws powerKw / efficiency)
 * @param circuitId the hub circuit that feeds the pad, if the hub has circuits
 */
public record PadInfoMessage(Double maxPowerKw, Double efficiency, String circuitId, Instant ts) {

    public PadInfoMessage {
        Checks.required(maxPowerKw, "maxPowerKw");
        Checks.positive(maxPowerKw, "maxPowerKw");
        Checks.powerKw(maxPowerKw, "maxPowerKw");
        Checks.required(efficiency, "efficiency");
        Checks.efficiency(efficiency, "efficiency");
        Checks.optionalId(circuitId, "circuitId");
    }
}
