package org.wptdlm.solver.departure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The cell of the conditional model a stay falls in: its stated length and the time of day it began.
 * Drivers who state a whole working day and drivers who drop in for an hour err differently, and so do
 * morning and evening arrivals. Hours are UTC: the model is per hub, so only the consistent split of
 * the day matters, not the hub's time zone.
 */
record StayCell(int statedStayBucket, int arrivalBlock) {

    /** Upper bounds (hours, exclusive) of the stated-stay buckets; the last bucket is open. */
    private static final double[] STATED_STAY_HOURS = {2, 4, 6, 9};
    private static final int HOURS_PER_BLOCK = 6;

    static StayCell of(Instant arrival, Instant statedDeparture) {
        double statedHours = Duration.between(arrival, statedDeparture).toSeconds() / 3600.0;
        int bucket = 0;
        while (bucket < STATED_STAY_HOURS.length && statedHours >= STATED_STAY_HOURS[bucket]) {
            bucket++;
        }
        int hour = arrival.atOffset(ZoneOffset.UTC).getHour();
        return new StayCell(bucket, hour / HOURS_PER_BLOCK);
    }
}
