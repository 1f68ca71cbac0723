package org.wptdlm.domain.telemetry;

import static org.wptdlm.domain.Invariants.optionalId;
import static org.wptdlm.domain.Invariants.optionalPercent;
import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requireNonNegative;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.PhysicalLimits.requirePowerKw;

import java.time.Instant;
import org.wptdlm.domain.pad.SeedNames;

/**
 * One reading a pad published on {@code iot/hubs/{hubId}/nodes/{nodeId}/telemetry}. Identified like
 * {@link VehicleTelemetry} by pad, device time and sequence.
 *
 * @param powerKw the power delivered to the vehicle at that moment
 * @param energyKwh the pad's energy counter (delivered to vehicles since installation)
 * @param alignmentPercent how well the vehicle's coil sits over the pad (100 = perfect), or null
 * @param vehicleId the vehicle the pad recognised, or null
 */
public record PadTelemetry(
        String hubId,
        String padId,
        Instant measuredAt,
        long sequence,
        double powerKw,
        double energyKwh,
        Double alignmentPercent,
        boolean vehiclePresent,
        String vehicleId,
        Instant receivedAt) {

    public PadTelemetry {
        requireId(hubId, "hubId");
        requireId(padId, SeedNames.PAD_ID);
        requirePresent(measuredAt, "measuredAt");
        TelemetryChecks.requireSequence(sequence);
        requirePowerKw(powerKw, "powerKw");
        requireNonNegative(energyKwh, "energyKwh");
        optionalPercent(alignmentPercent, "alignmentPercent");
        optionalId(vehicleId, "vehicleId");
        requirePresent(receivedAt, "receivedAt");
    }
}
