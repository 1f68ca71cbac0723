package org.wptdlm.solver.replay;

/**
 * One strategy at one capacity: energy delivered against requested, the peak aggregate power, and how
 * often a vehicle's setpoint changed (changes per hour of vehicle presence; NaN for the offline optimum,
 * which has no schedule of its own to count).
 */
public record ReplayResult(String strategy, double capacityKw, double deliveredKwh, double requestedKwh, double peakKw,
        double setpointChangesPerSessionHour) {

    public double deliveredPercent() {
        return requestedKwh <= 0 ? 100.0 : 100.0 * deliveredKwh / requestedKwh;
    }
}
