package org.wptdlm.ingest.feed.tariff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.signal.SignalInterval;

/**
 * One hub's rules for one kind, turned into intervals (pure). Walks the window minute by minute,
 * in the table's time zone so that daylight-saving days come out right, and joins equal
 * neighbours; minutes no rule covers get no interval.
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

    /** The first rule that covers the minute wins, as in the configured order. */
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
