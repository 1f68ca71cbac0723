package org.wptdlm.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.wptdlm.domain.signal.SignalInterval;

/**
 * Turns possibly overlapping intervals (two OpenADR events over the same hour) into the
 * non-overlapping ones a {@code SignalSchedule} holds, the lowest value binding where they overlap.
 */
public final class MinimumOverlay {

    private MinimumOverlay() {}

    public static List<SignalInterval> of(List<SignalInterval> intervals) {
        TreeSet<Instant> boundaries = new TreeSet<>();
        for (SignalInterval interval : intervals) {
            boundaries.add(interval.start());
            boundaries.add(interval.end());
        }
        List<SignalInterval> result = new ArrayList<>();
        Instant from = null;
        for (Instant to : boundaries) {
            if (from != null) {
                Double lowest = lowestCovering(intervals, from);
                if (lowest != null) {
                    appendMerged(result, new SignalInterval(from, to, lowest));
                }
            }
            from = to;
        }
        return result;
    }

    private static Double lowestCovering(List<SignalInterval> intervals, Instant instant) {
        Double lowest = null;
        for (SignalInterval interval : intervals) {
            if (interval.covers(instant) && (lowest == null || interval.value() < lowest)) {
                lowest = interval.value();
            }
        }
        return lowest;
    }

    /** Neighbours with the same value become one interval, so a schedule stays short. */
    private static void appendMerged(List<SignalInterval> result, SignalInterval next) {
        if (!result.isEmpty()) {
            SignalInterval last = result.get(result.size() - 1);
            if (last.end().equals(next.start()) && last.value() == next.value()) {
                result.set(result.size() - 1, new SignalInterval(last.start(), next.end(), last.value()));
                return;
            }
        }
        result.add(next);
    }
}
