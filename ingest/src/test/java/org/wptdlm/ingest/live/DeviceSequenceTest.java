package org.wptdlm.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wptdlm.ingest.live.DeviceSequence.Verdict;

class DeviceSequenceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private final DeviceSequence sequence = new DeviceSequence();

    @Test
    void aRedeliveryIsADuplicate() {
        assertThat(sequence.accept(T0, 1)).isEqualTo(Verdict.LATEST);
        assertThat(sequence.accept(T0.plusSeconds(1), 2)).isEqualTo(Verdict.LATEST);

        assertThat(sequence.accept(T0, 1)).isEqualTo(Verdict.DUPLICATE);
        assertThat(sequence.accept(T0.plusSeconds(1), 2)).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void anUnseenOlderReadingIsLateButKept() {
        sequence.accept(T0.plusSeconds(2), 3);

        assertThat(sequence.accept(T0.plusSeconds(1), 2)).isEqualTo(Verdict.LATE);
        assertThat(sequence.accept(T0.plusSeconds(1), 2)).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void theSameTimeWithAnotherSequenceIsANewReading() {
        sequence.accept(T0, 1);

        assertThat(sequence.accept(T0, 2)).isEqualTo(Verdict.LATEST);
    }

    @Test
    void aReadingOlderThanEverythingRememberedIsOutOfOrder() {
        for (int i = 1; i <= DeviceSequence.REMEMBERED + 10; i++) {
            sequence.accept(T0.plusSeconds(i), i);
        }

        assertThat(sequence.accept(T0.plusSeconds(3), 3)).isEqualTo(Verdict.OUT_OF_ORDER);
        assertThat(sequence.accept(T0.plusSeconds(DeviceSequence.REMEMBERED + 10), DeviceSequence.REMEMBERED + 10))
                .isEqualTo(Verdict.DUPLICATE);
    }
}
