package org.wptdlm.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.domain.telemetry.PadTelemetry;

class TelemetryBufferTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final IngestSettings SETTINGS =
            new IngestSettings(Duration.ofMillis(100), 100, 1000, 1000, 30, "0 30 3 * * *");

    private final PadTelemetryRepository padReadings = mock(PadTelemetryRepository.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TelemetryBuffer buffer = new TelemetryBuffer(mock(VehicleTelemetryRepository.class), padReadings,
            new WriteBehind(SETTINGS, Clock.systemUTC(), meters), SETTINGS, meters);

    private void bufferReadings() {
        buffer.pad(new PadTelemetry("hub-1", "pad-1", NOW, 1L, 7.0, 10.0, null, true, null, NOW));
        buffer.pad(new PadTelemetry("hub-1", "pad-gone", NOW, 1L, 7.0, 10.0, null, true, null, NOW));
    }

    @Test
    void aReadingTheDatabaseRefusesIsDroppedAndTheOthersStored() {
        bufferReadings();
        when(padReadings.insertAll(anyList())).thenAnswer(call -> {
            List<PadTelemetry> batch = call.getArgument(0);
            if (batch.stream().anyMatch(reading -> reading.padId().equals("pad-gone"))) {
                throw new DataIntegrityViolationException("no pad pad-gone");
            }
            return batch.size();
        });

        buffer.flush();
        buffer.flush();

        assertThat(meters.counter("dlm.telemetry.written").count()).isEqualTo(1);
        assertThat(meters.counter("dlm.telemetry.dropped").count()).isEqualTo(1);
    }

    @Test
    void aBatchIsKeptWhileTheDatabaseIsAwayAndWrittenWhenItIsBack() {
        bufferReadings();
        when(padReadings.insertAll(anyList()))
                .thenThrow(new DataAccessResourceFailureException("connection refused"))
                .thenReturn(2);

        buffer.flush();
        assertThat(meters.counter("dlm.telemetry.written").count()).isZero();
        buffer.flush();

        assertThat(meters.counter("dlm.telemetry.written").count()).isEqualTo(2);
        verify(padReadings, never()).insertAll(argThat(batch -> batch.size() == 1));
    }
}
