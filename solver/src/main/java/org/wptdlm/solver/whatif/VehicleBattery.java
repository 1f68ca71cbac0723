package org.wptdlm.solver.whatif;

/** What is known of a vehicle's battery, to turn delivered energy into a state of charge at departure. */
public record VehicleBattery(double capacityKwh, double socPercent) {

    public double socPercentAfter(double energyKwh) {
        return Math.min(100.0, socPercent + energyKwh / capacityKwh * 100);
    }
}
