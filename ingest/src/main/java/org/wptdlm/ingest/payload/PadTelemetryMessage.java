package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * {@code iot/hubs/{hub_id}/nodes/{node_id}/telemetry}: what a pad delivers.
 *
 * @param seq the device's message counter (see {@link VehicleTelemetryMessage#seq()})
 * @param powerKw power delivered to the vehicle now, kW
 * @param energyKwh the pad's cumulative energy meter, kWh; energy is counted as differences of this
 *     meter, so a redelivered message cannot count twice
 * @param alignmentPercent coil alignment quality, 0-100 %
 * @param vehiclePresent whether a vehicle is over the pad (absent = whether vehicleId is given)
 */
public record PadTelemetryMessage(
        Instant ts,
        Long seq,
        Double powerKw,
        Double energyKwh,
        Double alignmentPercent,
        Boolean vehiclePresent,
        String vehicleId) implements DeviceTimestamped {

    public PadTelemetryMessage {
        Checks.timestamp(ts);
        seq = Checks.sequence(seq);
        Checks.required(powerKw, "powerKw");
        Checks.powerKw(powerKw, "powerKw");
        Checks.required(energyKwh, "energyKwh");
        Checks.nonNegativePower(energyKwh, "energyKwh");
        Checks.percent(alignmentPercent, "alignmentPercent", RejectionReason.INVALID_FIELD);
        Checks.optionalId(vehicleId, "vehicleId");
        vehiclePresent = vehiclePresent == null ? vehicleId != null : vehiclePresent;
    }
}
