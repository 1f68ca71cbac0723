package org.wptdlm.ingest.simulate;

import java.time.Instant;
import org.wptdlm.domain.vehicle.PriorityClass;

/** A simulated vehicle: its battery fills with the power its pad is allowed to deliver. */
final class SimulatedVehicle {

    /** Above this SoC a battery takes less power (constant-voltage phase). */
    private static final double TAPER_FROM_SOC_PERCENT = 90;

    final String vehicleId;
    final String requestId;
    final double batteryCapacityKwh;
    final double maxChargePowerKw;
    final double targetSocPercent;
    final Instant departure;
    final PriorityClass priorityClass;
    double socPercent;
    long seq;

    SimulatedVehicle(String vehicleId, String requestId, double batteryCapacityKwh, double maxChargePowerKw,
            double socPercent, double targetSocPercent, Instant departure, PriorityClass priorityClass) {
        this.vehicleId = vehicleId;
        this.requestId = requestId;
        this.batteryCapacityKwh = batteryCapacityKwh;
        this.maxChargePowerKw = maxChargePowerKw;
        this.socPercent = socPercent;
        this.targetSocPercent = targetSocPercent;
        this.departure = departure;
        this.priorityClass = priorityClass;
    }

    /** The power the battery takes when offered {@code offeredKw}, kW. */
    double acceptedKw(double offeredKw) {
        double taper = socPercent < TAPER_FROM_SOC_PERCENT ? 1 : Math.max(0, (100 - socPercent) / (100 - TAPER_FROM_SOC_PERCENT));
        return Math.max(0, Math.min(offeredKw, maxChargePowerKw * taper));
    }

    /** Adds {@code energyKwh} to the battery. */
    void charge(double energyKwh) {
        socPercent = Math.min(100, socPercent + energyKwh / batteryCapacityKwh * 100);
    }
}
