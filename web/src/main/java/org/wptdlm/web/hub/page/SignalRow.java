package org.wptdlm.web.hub.page;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSources;

/**
 * One schedule a hub's signals come from, as the hub page lists it.
 *
 * @param valueNow the value in force now, or null when no interval covers now
 * @param until the end of its last interval
 */
record SignalRow(String kind, String unit, String source, Double valueNow, Instant until, Instant validUntil,
        boolean stale, boolean operators) {

    static List<SignalRow> of(List<SignalSchedule> schedules, Instant now) {
        return schedules.stream().map(schedule -> new SignalRow(schedule.kind().name(), schedule.kind().unit(),
                schedule.source(), schedule.valueAt(now).orElse(null),
                schedule.intervals().isEmpty() ? null : schedule.intervals().get(schedule.intervals().size() - 1).end(),
                schedule.validUntil(), schedule.validUntil() != null && schedule.isStaleAt(now),
                schedule.source().equals(SignalSources.OPERATOR))).toList();
    }
}
