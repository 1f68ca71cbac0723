package org.wptdlm.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Time-of-use tables: first rule wins, night windows past midnight, daylight-saving days. */
class TimeOfUseTableTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theHoursAfterMidnightBelongToTheDayTheRuleNames() {
        TimeOfUseTable table = new TimeOfUseTable(List.of(
                new TimeOfUseRule(Set.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0), 0.10),
                new TimeOfUseRule(Set.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 0.30)), BERLIN);

        assertThat(table.valueAt(berlin("2026-12-04T23:00"))).isEqualTo(0.10);
        assertThat(table.valueAt(berlin("2026-12-05T05:00"))).isEqualTo(0.10);
        assertThat(table.valueAt(berlin("2026-12-04T05:00"))).isEqualTo(0.30);
    }

    @Test
    void aDaylightSavingNightIsAnHourShorterInUtc() {
        TimeOfUseTable table = new TimeOfUseTable(List.of(
                new TimeOfUseRule(Set.of(), LocalTime.of(0, 0), LocalTime.of(6, 0), 0.10)), BERLIN);

        List<SignalInterval> intervals = table.intervals(Instant.parse("2026-03-28T12:00:00Z"),
                Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(intervals).singleElement().satisfies(night -> {
            assertThat(night.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
            assertThat(night.end()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
        });
    }

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
