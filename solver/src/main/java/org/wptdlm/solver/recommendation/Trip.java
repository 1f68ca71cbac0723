package org.wptdlm.solver.recommendation;

import java.time.Instant;

/** Driving from the vehicle to a hub: how far, when it gets there and how full. */
record Trip(PlannedHub hub, double roadKm, Instant arrivalAt, double arrivalSocPercent) {

    static Trip to(PlannedHub hub, VehicleState vehicle, Instant now, TravelModel travel) {
        double roadKm = travel.roadKm(vehicle.position().distanceKm(hub.location()));
        double arrivalSoc = vehicle.socPercentWith(vehicle.energyKwh() - travel.driveEnergyKwh(roadKm));
        return new Trip(hub, roadKm, now.plus(travel.driveTime(roadKm)), arrivalSoc);
    }

    /** The vehicle gets there with its reserve intact and before it has to leave again. */
    boolean feasible(VehicleState vehicle, TravelModel travel) {
        return arrivalSocPercent >= travel.reserveSocPercent() && arrivalAt.isBefore(vehicle.departureAt());
    }
}
