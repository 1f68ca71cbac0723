package org.wptdlm.ingest.feed.tariff;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wptdlm.domain.signal.TimeOfUseRule;

/**
 * One configured row of a time-of-use table ({@code dlm.signals.tariffs.price[i]}, {@code carbon[i]}):
 * a {@link TimeOfUseRule} for one hub or for every hub without rules of its own.
 *
 * @param hubId the hub the rule is for, blank for every hub without rules of its own
 * @param days the days it applies on, every day when empty
 * @param from start time of day, inclusive
 * @param to end time of day, exclusive; at or before {@code from} it runs past midnight
 */
public record TariffRule(
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

    public TimeOfUseRule rule() {
        return new TimeOfUseRule(Set.copyOf(days), from, to, value);
    }
}
