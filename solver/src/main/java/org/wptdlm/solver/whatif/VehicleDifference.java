package org.wptdlm.solver.whatif;

/**
 * One vehicle, current plan against scenario. Energies are delivered to the battery over the horizon;
 * a side the vehicle is absent from has nulls.
 *
 * @param socAtDeparturePercent estimated from the vehicle's last known state of charge (null when unknown)
 * @param criticalNeedMet whether the must-have energy is delivered (true when there is none)
 */
public record VehicleDifference(
        String vehicleId,
        Change change,
        Side current,
        Side scenario,
        double energyDeltaKwh) {

    public enum Change {
        ADDED,
        REMOVED,
        MORE,
        LESS,
        SAME
    }

    /** What one plan gives the vehicle. */
    public record Side(String sessionId, String padId, double energyKwh, double requestedEnergyKwh,
            double criticalEnergyKwh, boolean criticalNeedMet, Double socAtDeparturePercent) {
    }
}
