package org.wptdlm.domain.vehicle;

/**
 * Which vehicles are critical and how much of their need is a must-have — the one rule the planner,
 * the dashboard figures and the recommendations share ({@code dlm.criticality.*}).
 *
 * <p>A vehicle is critical when its state of charge is below {@code socPercent} (it may not reach the
 * next charger) or its priority is at least {@code priority} (by default EMERGENCY). Below the SoC
 * threshold the must-have is the energy up to it; from the priority on it is the whole need.
 *
 * @param socPercent state of charge (0–100) below which a vehicle is critical
 * @param priority priority ({@link PriorityClass#priority()}) from which a vehicle is critical
 */
public record CriticalityRule(double socPercent, int priority) {

    public static final CriticalityRule DEFAULT = new CriticalityRule(20, PriorityClass.EMERGENCY.priority());

    public CriticalityRule {
        if (!(socPercent >= 0 && socPercent <= 100) || priority < 0) {
            throw new IllegalArgumentException("invalid criticality rule " + socPercent + " %, priority " + priority);
        }
    }

    /** Whether a vehicle is critical; an unknown state of charge alone does not make it so. */
    public boolean isCritical(Double vehicleSocPercent, int vehiclePriority) {
        return vehiclePriority >= priority || isLowSoc(vehicleSocPercent);
    }

    /** Whether a state of charge alone makes a vehicle critical; false when it is unknown. */
    public boolean isLowSoc(Double vehicleSocPercent) {
        return vehicleSocPercent != null && vehicleSocPercent < socPercent;
    }

    public boolean isCritical(Double vehicleSocPercent, PriorityClass priorityClass) {
        return isCritical(vehicleSocPercent, priorityClass.priority());
    }

    /**
     * The must-have part of {@code needKwh}: all of it from the critical priority on, else the energy
     * from {@code vehicleSocPercent} up to the threshold.
     */
    public double criticalEnergyKwh(double needKwh, double vehicleSocPercent, double batteryCapacityKwh,
            int vehiclePriority) {
        if (vehiclePriority >= priority) {
            return needKwh;
        }
        double toThresholdKwh = Math.max(0, socPercent - vehicleSocPercent) / 100 * batteryCapacityKwh;
        return Math.min(needKwh, toThresholdKwh);
    }
}
