package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * {@code iot/hubs/{hub_id}/meter}: the hub's site meter at the grid connection.
 *
 * @param importKw power imported from the grid now, kW (negative while the site exports)
 * @param chargingKw what the chargers drew from the grid now, kW; when absent the service uses the
 *     pads' own telemetry (delivered power / efficiency)
 */
public record SiteMeterMessage(Instant ts, Long seq, Double importKw, Double chargingKw) implements DeviceTimestamped {

    public SiteMeterMessage {
        Checks.timestamp(ts);
        seq = Checks.sequence(seq);
        Checks.required(importKw, "importKw");
        Checks.finite(importKw, "importKw");
        String violation = PhysicalLimits.violation(importKw, -PhysicalLimits.MAX_GRID_KW, PhysicalLimits.MAX_GRID_KW,
                "importKw", "kW");
        if (violation != null) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, violation);
        }
        Checks.circuitKw(chargingKw, "chargingKw");
    }

    /** The non-charging load: import less charging, never below zero (export does not lift the limit). */
    public double baseLoadKw(double padsDrawKw) {
        return Math.max(0, importKw - (chargingKw != null ? chargingKw : padsDrawKw));
    }
}
