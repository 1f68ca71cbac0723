package org.wptdlm.domain.planning;

/**
 * A vehicle's charging session: present in slots [{@code arrivalSlot}, {@code departureSlot}), wants
 * {@code energyKwh} by departure, of which {@code criticalEnergyKwh} (nullable = none) is a must-have.
 * {@code padId} is non-null when the vehicle already stands on that pad, which then is fixed.
 * Higher {@code priority} (≥ 0) = more important.
 */
public record Session(
        String id,
        String vehicleId,
        int arrivalSlot,
        int departureSlot,
        double energyKwh,
        Double criticalEnergyKwh,
        double maxKw,
        int priority,
        String padId) {

    public double criticalKwh() {
        return criticalEnergyKwh == null ? 0.0 : Math.min(criticalEnergyKwh, energyKwh);
    }

    public boolean presentIn(int slot) {
        return slot >= arrivalSlot && slot < departureSlot;
    }

    /** The weight of one kWh of this session in the priority-weighted energy objective. */
    public int energyWeight() {
        return PriorityWeights.weightOf(priority);
    }

    public Session withEnergy(double newEnergyKwh, Double newCriticalKwh) {
        return new Session(id, vehicleId, arrivalSlot, departureSlot, newEnergyKwh, newCriticalKwh, maxKw, priority, padId);
    }

    public Session withSlots(int newArrivalSlot, int newDepartureSlot) {
        return new Session(id, vehicleId, newArrivalSlot, newDepartureSlot, energyKwh, criticalEnergyKwh, maxKw, priority, padId);
    }

    public Session withPadId(String newPadId) {
        return new Session(id, vehicleId, arrivalSlot, departureSlot, energyKwh, criticalEnergyKwh, maxKw, priority, newPadId);
    }
}
