package org.wptdlm.domain.signal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A time-of-use table (prices or carbon intensity by day of week and time of day) read in its time
 * zone: the first rule that covers a minute gives its value. Turned into intervals minute by minute
 * in that zone, so daylight-saving days come out right; equal neighbours are joined, and minutes no
 * rule covers get no interval.
 */
public final class TimeOfUseTable {

    private final List<TimeOfUseRule> rules;
    private final ZoneId zone;

    public TimeOfUseTable(List<TimeOfUseRule> rules, ZoneId zone) {
        this.rules = List.copyOf(rules);
        this.zone = zone;
    }

    public List<SignalInterval> intervals(Instant from, Instant until) {
        List<SignalInterval> intervals = new ArrayList<>();
        Instant runStart = null;
        Double runValue = null;
        for (Instant minute = from.truncatedTo(ChronoUnit.MINUTES); minute.isBefore(until);
                minute = minute.plus(1, ChronoUnit.MINUTES)) {
            Double value = valueAt(minute);
            if (value == null ? runValue != null : !value.equals(runValue)) {
                if (runValue != null) {
                    intervals.add(new SignalInterval(runStart, minute, runValue));
                }
                runStart = minute;
                runValue = value;
            }
        }
        if (runValue != null) {
            intervals.add(new SignalInterval(runStart, until, runValue));
        }
        return intervals;
    }

    /** The first rule that covers the instant wins, in the table's order; null where none does. */
    public Double valueAt(Instant instant) {
        var local = instant.atZone(zone);
        for (TimeOfUseRule rule : rules) {
            if (rule.covers(local)) {
                return rule.value();
            }
        }
        return null;
    }
}
