package org.wptdlm.domain.signal;

import java.time.Instant;
import java.util.Objects;

/** One value that holds from {@code start} (inclusive) to {@code end} (exclusive). */
public record SignalInterval(Instant start, Instant end, double value) {

    public SignalInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval end " + end + " must be after its start " + start);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("interval value must be a finite number, got " + value);
        }
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
