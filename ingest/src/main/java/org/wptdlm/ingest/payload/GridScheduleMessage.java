package org.wptdlm.ingest.payload;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSources;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * {@code iot/hubs/{hub_id}/grid/limits}, {@code …/grid/prices}, {@code …/grid/carbon}: a schedule of
 * the hub's import limit (kW), energy price (per kWh) or carbon intensity (g CO₂/kWh). Each
 * message replaces the hub's previous schedule on that topic. See docs/grid-signals.md.
 *
 * @param intervals up to {@link #MAX_INTERVALS} intervals that do not overlap; none clears what the
 *     topic said before (the source then says nothing)
 * @param validUntil until when the schedule may be trusted (optional; see the stale rule)
 * @param ts when the sender made it (optional, informative)
 */
public record GridScheduleMessage(List<Interval> intervals, Instant validUntil, Instant ts) {

    public static final int MAX_INTERVALS = 2000;

    /** A value from {@code start} (inclusive) to {@code end} (exclusive), in the topic's unit. */
    public record Interval(Instant start, Instant end, Double value) {
        public Interval {
            Checks.required(start, "intervals[].start");
            Checks.required(end, "intervals[].end");
            Checks.required(value, "intervals[].value");
            Checks.finite(value, "intervals[].value");
            if (!end.isAfter(start)) {
                throw new PayloadRejectedException(RejectionReason.INVALID_FIELD,
                        "intervals[].end " + end + " must be after its start " + start);
            }
        }
    }

    public GridScheduleMessage {
        Checks.required(intervals, "intervals");
        if (intervals.size() > MAX_INTERVALS) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD,
                    "intervals must hold at most " + MAX_INTERVALS + " intervals, held " + intervals.size());
        }
        intervals = intervals.stream().sorted(Comparator.comparing(Interval::start)).toList();
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).start().isBefore(intervals.get(i - 1).end())) {
                throw new PayloadRejectedException(RejectionReason.INVALID_FIELD,
                        "intervals overlap at " + intervals.get(i).start());
            }
        }
    }

    /** Checks what depends on the topic and the time: each value in the kind's range, a validUntil not yet past. */
    void check(SignalKind kind, Instant now) {
        for (Interval interval : intervals) {
            String violation = kind.violation(interval.value(), "intervals[].value");
            if (violation != null) {
                throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, violation);
            }
        }
        if (validUntil != null && !validUntil.isAfter(now)) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, "validUntil " + validUntil + " is past");
        }
    }

    public SignalSchedule toSchedule(String hubId, SignalKind kind, Instant receivedAt) {
        List<SignalInterval> signalIntervals = intervals.stream()
                .map(interval -> new SignalInterval(interval.start(), interval.end(), interval.value()))
                .toList();
        return new SignalSchedule(hubId, kind, SignalSources.MQTT, signalIntervals, receivedAt, validUntil);
    }
}
