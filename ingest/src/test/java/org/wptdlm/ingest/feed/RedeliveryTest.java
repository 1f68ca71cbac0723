package org.wptdlm.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;

/** Only news reaches the store: changed intervals, or a schedule half through its trust. */
class RedeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");

    private final List<SignalSchedule> delivered = new ArrayList<>();
    private final Redelivery redelivery = new Redelivery(delivered::add);

    @Test
    void theSameIntervalsAgainAreHeldBackUntilHalfTheTrustIsUsed() {
        redelivery.accept(limit(T0, 40));
        redelivery.accept(limit(T0.plusSeconds(60), 40));
        redelivery.accept(limit(T0.plusSeconds(299), 40));
        assertThat(delivered).hasSize(1);

        redelivery.accept(limit(T0.plusSeconds(300), 40));

        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1).receivedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void changedIntervalsPassAtOnceAndHubsAreApart() {
        redelivery.accept(limit(T0, 40));
        redelivery.accept(limit(T0.plusSeconds(60), 25));
        redelivery.accept(new SignalSchedule("hub-b", SignalKind.GRID_LIMIT_KW, "openadr", List.of(), T0.plusSeconds(60),
                T0.plusSeconds(660)));

        assertThat(delivered).extracting(SignalSchedule::hubId).containsExactly("hub-a", "hub-a", "hub-b");
    }

    /** Trusted for 10 minutes from receipt. */
    private static SignalSchedule limit(Instant receivedAt, double kw) {
        return new SignalSchedule("hub-a", SignalKind.GRID_LIMIT_KW, "openadr",
                List.of(new SignalInterval(T0, T0.plusSeconds(3600), kw)), receivedAt, receivedAt.plusSeconds(600));
    }
}
