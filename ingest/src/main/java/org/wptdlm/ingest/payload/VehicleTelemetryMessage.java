package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * {@code iot/vehicles/{vehicle_id}/telemetry}: the vehicle's own view of its battery and position.
 * A vehicle unknown to the service registers itself with a message that carries
 * {@code batteryCapacityKwh} and {@code maxChargePowerKw}; without them it is rejected as unknown.
 *
 * @param seq the device's message counter; with {@code ts} it identifies a message, so
 *     redeliveries are recognised (absent = 0)
 * @param socPercent state of charge, 0-100 %
 * @param batteryCapacityKwh usable battery capacity, kWh
 * @param maxChargePowerKw the most the vehicle accepts, kW
 */
public record VehicleTelemetryMessage(
        Instant ts,
        Long seq,
        Double socPercent,
        Double batteryCapacityKwh,
        Double maxChargePowerKw,
        Double latitude,
        Double longitude) implements DeviceTimestamped {

    public VehicleTelemetryMessage {
        Checks.timestamp(ts);
        seq = Checks.sequence(seq);
        Checks.required(socPercent, "socPercent");
        Checks.percent(socPercent, "socPercent", RejectionReason.SOC_OUT_OF_RANGE);
        Checks.energyKwh(batteryCapacityKwh, "batteryCapacityKwh");
        Checks.positive(maxChargePowerKw, "maxChargePowerKw");
        Checks.powerKw(maxChargePowerKw, "maxChargePowerKw");
        Checks.position(latitude, longitude);
    }

    /** Whether the message says enough to register an unknown vehicle. */
    public boolean describesVehicle() {
        return batteryCapacityKwh != null && maxChargePowerKw != null;
    }
}
