package org.wptdlm.domain.telemetry;

import static org.wptdlm.domain.Invariants.requireLatitude;
import static org.wptdlm.domain.Invariants.requireLongitude;

final class TelemetryChecks {

    private TelemetryChecks() {
    }

    static void requireSequence(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
        }
    }

    /** A position is both coordinates or none: half a position cannot be placed on a map. */
    static void requirePosition(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must be given together");
        }
        if (latitude != null) {
            requireLatitude(latitude, "latitude");
            requireLongitude(longitude, "longitude");
        }
    }
}
