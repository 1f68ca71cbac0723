package org.wptdlm.domain.signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a hub's signal schedules onto planning slots. Pure.
 *
 * <ul>
 *   <li><b>Grid limit</b>: per slot the minimum of the hub's own limit and every source's limit over
 *       the whole slot (a curtailment starting mid-slot binds the slot); the source of the minimum
 *       is recorded (the hub's own on a tie). A source with a {@code validUntil} is trusted until
 *       then; after it its last value holds for {@link StalePolicy#hold()}, then the safe limit
 *       (or the last value, if lower) applies, recorded as {@code safe-limit:<source>}. A schedule without {@code validUntil}
 *       announces its intervals only and never goes stale.</li>
 *   <li><b>Price, carbon</b>: per slot the value at the slot's start from the freshest schedule
 *       (latest {@code receivedAt}) that covers it and whose {@code validUntil}, if any, is later
 *       than the slot's start. Slots no schedule covers take the nearest covered slot's value
 *       (earlier first); with no value at all the list is null.</li>
 *   <li><b>Base load</b>: as price, but the largest value within the slot; slots no schedule covers
 *       take the base load the hub reported in its status.</li>
 * </ul>
 */
public final class SignalStacking {

    private SignalStacking() {}

    public static SlotSignals stack(Collection<SignalSchedule> schedules, double hubLimitKw, double hubBaseLoadKw,
            Instant start, int slotMinutes, int slots, StalePolicy policy) {
        List<SignalSchedule> limits = ofKind(schedules, SignalKind.GRID_LIMIT_KW);
        List<Double> limitKw = new ArrayList<>(slots);
        List<String> limitSource = new ArrayList<>(slots);
        List<Double> baseLoadKw = new ArrayList<>(slots);
        Double[] price = new Double[slots];
        Double[] carbon = new Double[slots];
        double safeKw = policy.safeLimitKw(hubLimitKw);
        for (int t = 0; t < slots; t++) {
            Instant from = start.plusSeconds(60L * slotMinutes * t);
            Instant to = from.plusSeconds(60L * slotMinutes);
            double binding = hubLimitKw;
            String source = SignalSources.INFO;
            for (SignalSchedule schedule : limits) {
                Limit limit = limitOver(schedule, from, to, policy, safeKw);
                if (limit != null && limit.kw < binding) {
                    binding = limit.kw;
                    source = limit.source;
                }
            }
            limitKw.add(binding);
            limitSource.add(source);
            Double slotBaseLoad = freshest(schedules, SignalKind.BASE_LOAD_KW, from, to);
            baseLoadKw.add(slotBaseLoad == null ? hubBaseLoadKw : slotBaseLoad);
            price[t] = freshest(schedules, SignalKind.PRICE_PER_KWH, from, null);
            carbon[t] = freshest(schedules, SignalKind.CARBON_G_PER_KWH, from, null);
        }
        return new SlotSignals(limitKw, limitSource, baseLoadKw, filled(price), filled(carbon));
    }

    private record Limit(double kw, String source) {}

    /** The source's lowest limit within [from, to), or null when it says nothing about that time. */
    private static Limit limitOver(SignalSchedule schedule, Instant from, Instant to, StalePolicy policy, double safeKw) {
        Instant validUntil = schedule.validUntil();
        if (validUntil == null) {
            Double kw = extremeWithin(schedule, from, to, true);
            return kw == null ? null : new Limit(kw, schedule.source());
        }
        Instant liveEnd = to.isBefore(validUntil) ? to : validUntil;
        Double kw = from.isBefore(liveEnd) ? extremeWithin(schedule, from, liveEnd, true) : null;
        Instant holdEnd = validUntil.plus(policy.hold());
        if (to.isAfter(validUntil) && from.isBefore(holdEnd)) {
            Double held = valueAt(schedule, validUntil.minusNanos(1));
            kw = lower(kw, held);
        }
        if (to.isAfter(holdEnd)) {
            // Silence never loosens a curtailment: the safe limit, or the source's last word if lower.
            Double last = valueAt(schedule, validUntil.minusNanos(1));
            double safe = last == null ? safeKw : Math.min(safeKw, last);
            if (kw == null || safe < kw) {
                return new Limit(safe, SignalSources.SAFE_LIMIT_PREFIX + schedule.source());
            }
        }
        return kw == null ? null : new Limit(kw, schedule.source());
    }

    /**
     * The value of the freshest schedule of {@code kind} covering the slot: at {@code from} when
     * {@code to} is null, else the largest within [from, to).
     */
    private static Double freshest(Collection<SignalSchedule> schedules, SignalKind kind, Instant from, Instant to) {
        Double value = null;
        Instant freshestAt = null;
        for (SignalSchedule schedule : ofKind(schedules, kind)) {
            if (schedule.validUntil() != null && !from.isBefore(schedule.validUntil())) {
                continue;
            }
            Double slotValue = to == null ? valueAt(schedule, from) : extremeWithin(schedule, from, to, false);
            if (slotValue != null && (freshestAt == null || schedule.receivedAt().isAfter(freshestAt))) {
                value = slotValue;
                freshestAt = schedule.receivedAt();
            }
        }
        return value;
    }

    /**
     * The lowest (or highest) value of the intervals overlapping [from, to), or null when none does.
     * Intervals are sorted and do not overlap, so the first candidate is found by binary search: a
     * schedule of thousands of intervals costs a re-plan little.
     */
    private static Double extremeWithin(SignalSchedule schedule, Instant from, Instant to, boolean lowest) {
        List<SignalInterval> intervals = schedule.intervals();
        Double extreme = null;
        for (int i = firstEndingAfter(intervals, from); i < intervals.size() && intervals.get(i).start().isBefore(to); i++) {
            double value = intervals.get(i).value();
            extreme = extreme == null ? value : lowest ? Math.min(extreme, value) : Math.max(extreme, value);
        }
        return extreme;
    }

    /** The value of the interval covering {@code at}, or null. */
    private static Double valueAt(SignalSchedule schedule, Instant at) {
        List<SignalInterval> intervals = schedule.intervals();
        int i = firstEndingAfter(intervals, at);
        return i < intervals.size() && intervals.get(i).covers(at) ? intervals.get(i).value() : null;
    }

    /** The index of the first interval that ends after {@code at} (the list's size when none does). */
    private static int firstEndingAfter(List<SignalInterval> intervals, Instant at) {
        int low = 0;
        int high = intervals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (intervals.get(middle).end().isAfter(at)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static Double lower(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    /** Gaps take the nearest earlier value, leading gaps the first value; null when there is none. */
    private static List<Double> filled(Double[] values) {
        Double first = null;
        for (Double value : values) {
            if (value != null) {
                first = value;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        List<Double> filled = new ArrayList<>(values.length);
        Double last = first;
        for (Double value : values) {
            last = value == null ? last : value;
            filled.add(last);
        }
        return filled;
    }

    private static List<SignalSchedule> ofKind(Collection<SignalSchedule> schedules, SignalKind kind) {
        return schedules.stream()
                .filter(schedule -> schedule.kind() == kind)
                .sorted(Comparator.comparing(SignalSchedule::source))
                .toList();
    }
}
