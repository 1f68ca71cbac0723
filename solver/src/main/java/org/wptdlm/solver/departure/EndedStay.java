package org.wptdlm.solver.departure;

import java.time.Duration;
import java.time.Instant;

/** A session that ended, as the departure model remembers it; {@code vehicleId} may be null (unknown). */
record EndedStay(Instant arrival, Instant statedDeparture, Instant actualDeparture, String vehicleId) {

    double errorSeconds() {
        return Duration.between(statedDeparture, actualDeparture).toSeconds();
    }

    StayCell cell() {
        return StayCell.of(arrival, statedDeparture);
    }
}
