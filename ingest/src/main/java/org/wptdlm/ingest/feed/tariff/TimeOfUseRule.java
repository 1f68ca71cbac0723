package org.wptdlm.ingest.feed.tariff;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One row of a time-of-use table: on these days, from this time to that time, this value.
 * {@code to} at or before {@code from} runs past midnight into the next day ({@code 22:00}–{@code 06:00}),
 * and the hours after midnight belong to the day the rule names; {@code 00:00}–{@code 00:00} is the whole day.
 *
 * @param hubId the hub the rule is for, blank for every hub without rules of its own
 * @param days the days it applies on, every day when empty
 */
public record TimeOfUseRule(
        String hubId,
        @DefaultValue List<DayOfWeek> days,
        @NotNull @DefaultValue("00:00") LocalTime from,
        @NotNull @DefaultValue("00:00") LocalTime to,
        double value) {

    @AssertTrue(message = "a time-of-use value must be a finite number ≥ 0")
    public boolean isValueUsable() {
        return Double.isFinite(value) && value >= 0;
    }

    public boolean isDefault() {
        return hubId == null || hubId.isBlank();
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
