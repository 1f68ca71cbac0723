package org.wptdlm.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.telemetry.PadTelemetry;

/** The live state of one hub, without broker or database. */
class LiveHubTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final LiveHub hub = new LiveHub("hub-1", 22);

    LiveHubTest() {
        hub.restorePad("pad-1", 11, 0.9, null, PadStatus.OCCUPIED);
    }

    @Test
    void eventNumbersContinueAfterTheStoredOnesAndNeverRepeat() {
        hub.continueEventSequenceAfter(41);

        assertThat(hub.nextEventSequence()).isEqualTo(42);
        hub.continueEventSequenceAfter(7);
        assertThat(hub.nextEventSequence()).isEqualTo(43);
    }

    @Test
    void padsSilentLongerThanTheLimitMakeTheHubStale() {
        hub.applyPadTelemetry(reading(NOW.minus(STALE_AFTER).minusSeconds(1), 1));

        assertThat(hub.snapshot(NOW).telemetryStale(NOW, STALE_AFTER)).isTrue();
        assertThat(hub.telemetryStaleSince(NOW, STALE_AFTER)).contains(NOW.minus(STALE_AFTER).minusSeconds(1));
    }

    @Test
    void aHubWhosePadsReportRecentlyOrNeverIsNotStale() {
        assertThat(hub.snapshot(NOW).telemetryStale(NOW, STALE_AFTER)).as("never reported").isFalse();

        hub.applyPadTelemetry(reading(NOW.minusSeconds(30), 1));

        assertThat(hub.snapshot(NOW).telemetryStale(NOW, STALE_AFTER)).isFalse();
        assertThat(hub.telemetryStaleSince(NOW, STALE_AFTER)).isEmpty();
        assertThat(hub.snapshot(NOW).padTelemetryAt()).isEqualTo(NOW.minusSeconds(30));
    }

    @Test
    void aRepeatedReadingIsADuplicateAndChangesNothing() {
        hub.applyPadTelemetry(reading(NOW, 1));

        assertThat(hub.applyPadTelemetry(reading(NOW, 1))).isEqualTo(DeviceSequence.Verdict.DUPLICATE);
        assertThat(hub.snapshot(NOW).pads()).singleElement()
                .satisfies(pad -> assertThat(pad.energyMeterKwh()).isEqualTo(10.0));
    }

    private static PadTelemetry reading(Instant ts, long seq) {
        return new PadTelemetry("hub-1", "pad-1", ts, seq, 7.2, 10.0, null, true, null, ts);
    }
}
