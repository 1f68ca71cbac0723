package org.wptdlm.ingest.feed.openadr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.feed.MinimumOverlay;

/**
 * Turns the VTN's events into one grid-limit schedule per mapped hub (pure: no I/O, the clock
 * passed in). Only {@code IMPORT_CAPACITY_LIMIT} payloads count; overlapping events bind by their
 * minimum. A hub with no current event gets an empty schedule, so a cancelled event stops binding.
 * A malformed limit event fails the whole answer rather than being skipped: a limit silently
 * dropped could overload the connection, a failed poll only lets the last schedule go stale.
 */
public final class OpenAdrLimits {

    public static final String SOURCE = "openadr";
    static final String IMPORT_CAPACITY_LIMIT = "IMPORT_CAPACITY_LIMIT";

    private final Map<String, String> targetHubs;
    private final Duration validFor;

    public OpenAdrLimits(Map<String, String> targetHubs, Duration validFor) {
        this.targetHubs = Map.copyOf(targetHubs);
        this.validFor = validFor;
    }

    public List<SignalSchedule> schedules(List<OpenAdrEvent> events, Instant now) {
        Map<String, List<SignalInterval>> byHub = new LinkedHashMap<>();
        for (String hubId : new LinkedHashSet<>(targetHubs.values())) {
            byHub.put(hubId, new ArrayList<>());
        }
        for (OpenAdrEvent event : events) {
            List<SignalInterval> limits = limitIntervals(event, now);
            if (limits.isEmpty()) {
                continue;
            }
            for (String hubId : hubsOf(event)) {
                byHub.get(hubId).addAll(limits);
            }
        }
        List<SignalSchedule> schedules = new ArrayList<>();
        byHub.forEach((hubId, intervals) -> schedules.add(new SignalSchedule(hubId, SignalKind.GRID_LIMIT_KW, SOURCE,
                MinimumOverlay.of(intervals), now, now.plus(validFor))));
        return schedules;
    }

    /** No targets: the event is for every mapped hub; otherwise the hubs its target values name. */
    private Set<String> hubsOf(OpenAdrEvent event) {
        if (event.targets() == null || event.targets().isEmpty()) {
            return new LinkedHashSet<>(targetHubs.values());
        }
        Set<String> hubs = new LinkedHashSet<>();
        for (OpenAdrEvent.ValuesMap target : event.targets()) {
            for (JsonNode value : nullToEmpty(target.values())) {
                String hubId = targetHubs.get(value.asText());
                if (hubId != null) {
                    hubs.add(hubId);
                }
            }
        }
        return hubs;
    }

    private static List<SignalInterval> limitIntervals(OpenAdrEvent event, Instant now) {
        List<SignalInterval> limits = new ArrayList<>();
        List<OpenAdrEvent.Interval> intervals = nullToEmpty(event.intervals());
        double kwPerUnit = kwPerUnit(event);
        for (int index = 0; index < intervals.size(); index++) {
            OpenAdrEvent.Interval interval = intervals.get(index);
            Double value = limitValue(event, interval);
            if (value == null) {
                continue;
            }
            SignalInterval limit = timed(event, interval, index, value * kwPerUnit, now);
            if (limit.end().isAfter(now)) {
                limits.add(limit);
            }
        }
        return limits;
    }

    private static Double limitValue(OpenAdrEvent event, OpenAdrEvent.Interval interval) {
        for (OpenAdrEvent.ValuesMap payload : nullToEmpty(interval.payloads())) {
            if (!IMPORT_CAPACITY_LIMIT.equals(payload.type())) {
                continue;
            }
            List<JsonNode> values = nullToEmpty(payload.values());
            if (values.isEmpty() || !values.get(0).isNumber()) {
                throw invalid(event, "IMPORT_CAPACITY_LIMIT needs a number as its first value, got " + values);
            }
            double value = values.get(0).asDouble();
            if (!Double.isFinite(value) || value < 0) {
                throw invalid(event, "IMPORT_CAPACITY_LIMIT must be a finite number ≥ 0, got " + value);
            }
            return value;
        }
        return null;
    }

    /** The payload descriptor's units: kW unless it says W or MW. */
    private static double kwPerUnit(OpenAdrEvent event) {
        for (OpenAdrEvent.PayloadDescriptor descriptor : nullToEmpty(event.payloadDescriptors())) {
            if (IMPORT_CAPACITY_LIMIT.equals(descriptor.payloadType()) && descriptor.units() != null) {
                return switch (descriptor.units().toUpperCase()) {
                    case "KW" -> 1;
                    case "W" -> 0.001;
                    case "MW" -> 1000;
                    default -> throw invalid(event, "unknown IMPORT_CAPACITY_LIMIT units " + descriptor.units());
                };
            }
        }
        return 1;
    }

    /**
     * An interval's own period wins; without one it follows the event's period, intervals back to
     * back from the event's start (the OpenADR 3 user guide's sequential intervals).
     */
    private static SignalInterval timed(OpenAdrEvent event, OpenAdrEvent.Interval interval, int index, double kw,
            Instant now) {
        OpenAdrEvent.IntervalPeriod own = interval.intervalPeriod();
        OpenAdrEvent.IntervalPeriod shared = event.intervalPeriod();
        String durationText = own != null && own.duration() != null ? own.duration()
                : shared != null ? shared.duration() : null;
        if (durationText == null) {
            throw invalid(event, "interval " + interval.id() + " has no duration, nor has the event");
        }
        Instant start;
        if (own != null && own.start() != null) {
            start = instant(event, own.start(), now);
        } else if (shared != null && shared.start() != null) {
            Instant eventStart = instant(event, shared.start(), now);
            start = eventStart;
            for (int i = 0; i < index; i++) {
                start = plus(event, start, durationText);
            }
        } else {
            throw invalid(event, "interval " + interval.id() + " has no start, nor has the event");
        }
        Instant end = plus(event, start, durationText);
        if (!end.isAfter(start)) {
            throw invalid(event, "interval " + interval.id() + " has a duration of zero");
        }
        return new SignalInterval(start, end, kw);
    }

    /** "0001-01-01" means "now" in OpenADR 3; a start without offset is read as UTC. */
    private static Instant instant(OpenAdrEvent event, String text, Instant now) {
        if (text.startsWith("0001-01-01")) {
            return now;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalid(event, "unreadable start " + text);
            }
        }
    }

    /** ISO 8601 durations; calendar ones ({@code P1M}, the "infinite" {@code P9999Y}) on the UTC calendar. */
    private static Instant plus(OpenAdrEvent event, Instant start, String duration) {
        try {
            return start.plus(Duration.parse(duration));
        } catch (DateTimeParseException notExact) {
            try {
                return start.atOffset(ZoneOffset.UTC).plus(Period.parse(duration)).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(event, "unreadable duration " + duration);
            }
        }
    }

    private static IllegalArgumentException invalid(OpenAdrEvent event, String why) {
        return new IllegalArgumentException("OpenADR event " + event.id() + ": " + why);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
