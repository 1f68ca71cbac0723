package org.wptdlm.ingest.simulate;

import java.time.Clock;

/** A short tag of a simulation run (its start second, base 36), part of the ids it makes up. */
final class RunTag {

    private RunTag() {
    }

    static String now(Clock clock) {
        return Long.toString(clock.instant().getEpochSecond(), Character.MAX_RADIX) + "-";
    }
}
