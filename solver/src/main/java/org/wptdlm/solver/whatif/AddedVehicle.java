package org.wptdlm.solver.whatif;

import java.time.Instant;

/**
 * A vehicle a scenario adds to the hub.
 *
 * @param criticalEnergyKwh must-have part of {@code energyKwh}, or null
 * @param batteryCapacityKwh and {@code socPercent}: optional, to report its state of charge at departure
 */
public record AddedVehicle(
        String vehicleId,
        Instant arrivalAt,
        Instant departureAt,
        double energyKwh,
        Double criticalEnergyKwh,
        double maxKw,
        int priority,
        Double batteryCapacityKwh,
        Double socPercent) {
}
