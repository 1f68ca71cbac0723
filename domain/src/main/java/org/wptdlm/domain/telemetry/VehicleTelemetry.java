package org.wptdlm.domain.telemetry;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.PhysicalLimits.requirePercent;
import static org.wptdlm.domain.Invariants.requirePresent;

import java.time.Instant;

/**
 * One reading a vehicle published on {@code iot/vehicles/{vehicleId}/telemetry}. A reading is
 * identified by vehicle, device time and sequence: a redelivered message (MQTT QoS 1) repeats all
 * three and is stored once.
 *
 * @param measuredAt the device's clock when the reading was taken
 * @param sequence the device's message counter; 0 when the device sends none
 * @param latitude position, or null when the vehicle does not share it
 * @param receivedAt the service's clock when the message arrived
 */
public record VehicleTelemetry(
        String vehicleId,
        Instant measuredAt,
        long sequence,
        double socPercent,
        Double latitude,
        Double longitude,
        Instant receivedAt) {

    public VehicleTelemetry {
        requireId(vehicleId, "vehicleId");
        requirePresent(measuredAt, "measuredAt");
        TelemetryChecks.requireSequence(sequence);
        requirePercent(socPercent, "socPercent");
        TelemetryChecks.requirePosition(latitude, longitude);
        requirePresent(receivedAt, "receivedAt");
    }
}
