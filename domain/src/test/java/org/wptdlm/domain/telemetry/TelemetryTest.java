package org.wptdlm.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelemetryTest {

    @Test
    void halfAPositionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VehicleTelemetry("ev-1", Instant.EPOCH, 0, 50, 52.5, null, Instant.EPOCH))
                .withMessageContaining("latitude and longitude");
    }

    @Test
    void negativePadPowerIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PadTelemetry("hub-001", "pad-1", Instant.EPOCH, 0, -0.1, 10, null, false, null,
                        Instant.EPOCH))
                .withMessageContaining("powerKw");
    }

    @Test
    void negativeSequenceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VehicleTelemetry("ev-1", Instant.EPOCH, -1, 50, null, null, Instant.EPOCH))
                .withMessageContaining("sequence");
    }
}
