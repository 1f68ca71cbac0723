package org.wptdlm.domain.signal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a time-of-use table: on these days, from this time to that time, this value.
 * {@code to} at or before {@code from} runs past midnight into the next day ({@code 22:00}–{@code 06:00}),
 * and the hours after midnight belong to the day the rule names; {@code 00:00}–{@code 00:00} is the whole day.
 *
 * @param days the days it applies on, every day when empty or absent
 */
public record TimeOfUseRule(Set<DayOfWeek> days, LocalTime from, LocalTime to, double value) {

    public TimeOfUseRule {
        days = days == null ? Set.of() : Set.copyOf(days);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a time-of-use value must be a finite number ≥ 0, got " + value);
        }
    }

    public boolean covers(ZonedDateTime time) {
        LocalTime timeOfDay = time.toLocalTime();
        DayOfWeek day = time.getDayOfWeek();
        if (from.isBefore(to)) {
            return appliesOn(day) && !timeOfDay.isBefore(from) && timeOfDay.isBefore(to);
        }
        return (appliesOn(day) && !timeOfDay.isBefore(from)) || (appliesOn(day.minus(1)) && timeOfDay.isBefore(to));
    }

    private boolean appliesOn(DayOfWeek day) {
        return days.isEmpty() || days.contains(day);
    }
}
