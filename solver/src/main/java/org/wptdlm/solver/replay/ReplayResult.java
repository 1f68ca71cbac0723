package org.wptdlm.solver.replay;

/**
 * One strategy at one capacity: energy delivered against requested, the peak aggregate power, how
 * often a vehicle's setpoint changed (changes per hour of vehicle presence; NaN for the offline optimum,
 * which has no schedule of its own to count), and with a tariff the energy's cost (currency of the
 * tariff) and carbon (kg CO₂); NaN without one.
 */
public record ReplayResult(String strategy, double capacityKw, double deliveredKwh, double requestedKwh, double peakKw,
        double setpointChangesPerSessionHour, double cost, double carbonKg) {

    public double deliveredPercent() {
        return requestedKwh <= 0 ? 100.0 : 100.0 * deliveredKwh / requestedKwh;
    }

    /** Average price paid per kWh delivered (NaN without a tariff or energy). */
    public double costPerKwh() {
        return deliveredKwh <= 0 ? Double.NaN : cost / deliveredKwh;
    }

    /** Average carbon intensity of the energy delivered, g CO₂/kWh. */
    public double carbonGPerKwh() {
        return deliveredKwh <= 0 ? Double.NaN : carbonKg * 1000 / deliveredKwh;
    }
}
