package org.wptdlm.solver.recommendation;

import java.time.Duration;

/**
 * How driving to a hub is estimated: roads are {@code roadFactor} times the straight-line distance,
 * driven at {@code averageSpeedKmh}, consuming {@code consumptionKwhPerKm}; a vehicle only counts a
 * hub as reachable if it arrives with at least {@code reserveSocPercent} left.
 */
public record TravelModel(double averageSpeedKmh, double consumptionKwhPerKm, double roadFactor, double reserveSocPercent) {

    public TravelModel {
        if (!(averageSpeedKmh > 0) || !(consumptionKwhPerKm > 0) || !(roadFactor >= 1)
                || !(reserveSocPercent >= 0 && reserveSocPercent < 100)) {
            throw new IllegalArgumentException("travel model needs speed > 0, consumption > 0, road factor >= 1 and"
                    + " reserve in 0..100, was " + this);
        }
    }

    public double roadKm(double straightLineKm) {
        return straightLineKm * roadFactor;
    }

    public Duration driveTime(double roadKm) {
        return Duration.ofSeconds(Math.round(roadKm / averageSpeedKmh * 3600));
    }

    public double driveEnergyKwh(double roadKm) {
        return roadKm * consumptionKwhPerKm;
    }
}
