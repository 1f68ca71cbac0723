package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * A vehicle as the service knows it.
 *
 * @param socPercent last reported state of charge, or null
 * @param socAt device time of that report, or null
 */
public record VehicleSnapshot(
        String vehicleId,
        double batteryCapacityKwh,
        double maxChargePowerKw,
        PriorityClass priorityClass,
        Double socPercent,
        Instant socAt) {

    /** The energy still needed to reach {@code targetSocPercent}, kWh; from empty when the SoC is unknown. */
    public double energyKwhTo(double targetSocPercent) {
        double socNow = socPercent == null ? 0 : socPercent;
        return Math.max(0, targetSocPercent - socNow) / 100 * batteryCapacityKwh;
    }
}
