package org.wptdlm.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalScheduleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void valueAtFindsTheIntervalInForceAndNothingOutside() {
        SignalSchedule schedule = schedule(null,
                new SignalInterval(T0.plusSeconds(3600), T0.plusSeconds(7200), 40),
                new SignalInterval(T0, T0.plusSeconds(3600), 60));

        assertThat(schedule.intervals()).extracting(SignalInterval::value).containsExactly(60.0, 40.0);
        assertThat(schedule.valueAt(T0)).contains(60.0);
        assertThat(schedule.valueAt(T0.plusSeconds(3600))).contains(40.0);
        assertThat(schedule.valueAt(T0.plusSeconds(7200))).isEmpty();
        assertThat(schedule.valueAt(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void staleAfterValidUntilOrAfterTheLastInterval() {
        SignalSchedule open = schedule(null, new SignalInterval(T0, T0.plusSeconds(600), 50));
        SignalSchedule bounded = schedule(T0.plusSeconds(60), new SignalInterval(T0, T0.plusSeconds(600), 50));

        assertThat(open.isStaleAt(T0.plusSeconds(599))).isFalse();
        assertThat(open.isStaleAt(T0.plusSeconds(600))).isTrue();
        assertThat(bounded.isStaleAt(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void refusesOverlapsEmptyIntervalsAndNonFiniteValues() {
        assertThatThrownBy(() -> schedule(null, new SignalInterval(T0, T0.plusSeconds(600), 1),
                new SignalInterval(T0.plusSeconds(300), T0.plusSeconds(900), 2)))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new SignalInterval(T0, T0, 1)).hasMessageContaining("after its start");
        assertThatThrownBy(() -> new SignalInterval(T0, T0.plusSeconds(1), Double.NaN)).hasMessageContaining("finite");
    }

    private static SignalSchedule schedule(Instant validUntil, SignalInterval... intervals) {
        return new SignalSchedule("hub-1", SignalKind.GRID_LIMIT_KW, "mqtt", List.of(intervals), T0, validUntil);
    }
}
