package org.wptdlm.solver.recommendation;

import java.time.Instant;

/**
 * The vehicle asking where to charge: where it is, how full, what it wants by when.
 *
 * @param priority the planning problem's integer priority (higher = more important)
 */
public record VehicleState(
        String vehicleId,
        GeoPoint position,
        double socPercent,
        double batteryCapacityKwh,
        double maxKw,
        double targetSocPercent,
        Instant departureAt,
        int priority) {

    public VehicleState {
        if (vehicleId == null || vehicleId.isBlank() || position == null || departureAt == null) {
            throw new IllegalArgumentException("vehicleId, position and departureAt are required");
        }
        requirePercent("socPercent", socPercent);
        requirePercent("targetSocPercent", targetSocPercent);
        if (!(batteryCapacityKwh > 0) || !(maxKw > 0) || !Double.isFinite(batteryCapacityKwh) || !Double.isFinite(maxKw)) {
            throw new IllegalArgumentException("batteryCapacityKwh and maxKw must be finite and > 0, were "
                    + batteryCapacityKwh + " and " + maxKw);
        }
        if (priority < 0) {
            throw new IllegalArgumentException("priority must be >= 0, was " + priority);
        }
    }

    public double energyKwh() {
        return socPercent / 100 * batteryCapacityKwh;
    }

    public double socPercentWith(double energyKwh) {
        return Math.min(100.0, energyKwh / batteryCapacityKwh * 100);
    }

    /** The energy that takes the battery from {@code fromSocPercent} to {@code toSocPercent}; 0 when already there. */
    public double energyKwhBetween(double fromSocPercent, double toSocPercent) {
        return Math.max(0.0, toSocPercent - fromSocPercent) / 100 * batteryCapacityKwh;
    }

    private static void requirePercent(String field, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(field + " must be in 0..100, was " + value);
        }
    }
}
