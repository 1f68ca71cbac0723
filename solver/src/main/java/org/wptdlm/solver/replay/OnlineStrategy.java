package org.wptdlm.solver.replay;

import java.util.List;

/**
 * Decides the power of the present vehicles for the current slot, knowing only what a live system
 * knows: each vehicle's remaining energy, maximum power and estimated departure, and the true
 * departures of the vehicles that already left.
 */
public interface OnlineStrategy {

    /** A present vehicle as the scheduler sees it. {@code kw} is the answer, written by the strategy. */
    final class Vehicle {
        final int arrivalSlot;
        final int estimatedDepartureSlot;
        final double maxKw;
        double remainingKwh;
        double kw;
        /** The power applied in the previous slot, for counting setpoint changes. */
        double lastKw;

        Vehicle(int arrivalSlot, int estimatedDepartureSlot, double maxKw, double remainingKwh) {
            this.arrivalSlot = arrivalSlot;
            this.estimatedDepartureSlot = estimatedDepartureSlot;
            this.maxKw = maxKw;
            this.remainingKwh = remainingKwh;
        }

        /** The most this vehicle can take in the slot: its maximum, or what is left of its request. */
        double wantKw(double slotHours) {
            return Math.max(0, Math.min(maxKw, remainingKwh / slotHours));
        }

        /** Slots to spare before departure if it charged at full power from now. */
        double laxitySlots(int slot, double slotHours) {
            return (estimatedDepartureSlot - slot) - remainingKwh / (maxKw * slotHours);
        }
    }

    String name();

    /** A vehicle left at {@code slot}: from now on its true departure is known. */
    default void departed(Vehicle vehicle, int slot) {
    }

    /** Sets {@code kw} of every vehicle; their sum must stay within {@code capacityKw}. */
    void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours);
}
