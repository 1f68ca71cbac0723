package org.wptdlm.domain.signal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schedule of one kind of signal for one hub from one source (the hub's own info, an MQTT
 * schedule topic, an operator, an OpenADR VTN, a tariff feed, …): what the source said, when it
 * said it, and until when it may be trusted. A newer schedule from the same source and kind
 * replaces the older one; schedules of different sources are combined by the consumer (limits:
 * the minimum binds).
 *
 * @param source     a short stable name, e.g. {@code info}, {@code mqtt}, {@code operator}, {@code openadr}
 * @param receivedAt when the service received it (staleness counts from here)
 * @param validUntil after this instant the source is stale (null: valid until its last interval ends)
 */
public record SignalSchedule(String hubId, SignalKind kind, String source, List<SignalInterval> intervals,
        Instant receivedAt, Instant validUntil) {

    public SignalSchedule {
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        intervals = List.copyOf(intervals).stream().sorted(Comparator.comparing(SignalInterval::start)).toList();
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).start().isBefore(intervals.get(i - 1).end())) {
                throw new IllegalArgumentException("intervals overlap at " + intervals.get(i).start());
            }
        }
    }

    /** The value in force at an instant, empty where no interval covers it. */
    public Optional<Double> valueAt(Instant instant) {
        for (SignalInterval interval : intervals) {
            if (interval.covers(instant)) {
                return Optional.of(interval.value());
            }
        }
        return Optional.empty();
    }

    /** The end of trust: {@code validUntil}, or the end of the last interval. */
    public Instant trustedUntil() {
        if (validUntil != null) {
            return validUntil;
        }
        return intervals.isEmpty() ? receivedAt : intervals.get(intervals.size() - 1).end();
    }

    public boolean isStaleAt(Instant now) {
        return !now.isBefore(trustedUntil());
    }
}
