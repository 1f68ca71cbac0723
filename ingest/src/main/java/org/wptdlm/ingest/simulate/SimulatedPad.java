package org.wptdlm.ingest.simulate;

import java.time.Instant;

/** A pad of a simulated hub, with the vehicle on it and the setpoint the service gave it. */
final class SimulatedPad {

    final String hubId;
    final String padId;
    final double maxPowerKw;
    final double efficiency;
    final String circuitId;
    SimulatedVehicle vehicle;
    double setpointKw;
    double fallbackKw;
    Instant setpointValidUntil = Instant.EPOCH;
    double powerKw;
    double energyMeterKwh;
    long seq;

    SimulatedPad(String hubId, String padId, double maxPowerKw, double efficiency, String circuitId) {
        this.hubId = hubId;
        this.padId = padId;
        this.maxPowerKw = maxPowerKw;
        this.efficiency = efficiency;
        this.circuitId = circuitId;
    }

    /** What the pad may deliver now: the setpoint while it is valid, else the fallback limit. */
    double allowedKw(Instant now) {
        return now.isBefore(setpointValidUntil) ? setpointKw : fallbackKw;
    }
}
