package org.wptdlm.ingest.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.wptdlm.ingest.flow.PendingAcknowledgement;

/** A refused message is acknowledged once its row is stored, or at once while the database is away. */
class RejectionRecorderTest {

    private final List<Rejection> stored = new ArrayList<>();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final RejectionRecorder recorder = new RejectionRecorder(rejections -> {
        if (!databaseUp.get()) {
            throw new IllegalStateException("database unreachable");
        }
        stored.addAll(rejections);
    }, new SimpleMeterRegistry(), Duration.ofMillis(50));

    @Test
    void aRefusedMessageIsAcknowledgedOnceItsRowIsStored() {
        AtomicBoolean acknowledged = refuse("{\"powerKw\":-1}");
        assertThat(acknowledged).as("acknowledged before its row is stored").isFalse();

        recorder.flush();

        assertThat(stored).extracting(Rejection::reason).containsExactly(RejectionReason.NEGATIVE_POWER);
        assertThat(acknowledged).isTrue();
    }

    @Test
    void whileTheDatabaseIsAwayARefusedMessageIsAcknowledgedAndItsRowWaits() {
        databaseUp.set(false);
        AtomicBoolean first = refuse("{\"seq\":1}");
        assertThat(recorder.flush()).isFalse();
        assertThat(first).as("held back while the store fails, the broker's window would fill").isTrue();
        assertThat(refuse("{\"seq\":2}")).isTrue();

        databaseUp.set(true);
        assertThat(recorder.flush()).isTrue();

        assertThat(stored).extracting(Rejection::payloadExcerpt).containsExactly("{\"seq\":1}", "{\"seq\":2}");
    }

    private AtomicBoolean refuse(String payload) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        PendingAcknowledgement.around(() -> acknowledged.set(true), () -> recorder.reject("iot/hubs/h/nodes/p/telemetry",
                RejectionReason.NEGATIVE_POWER, "powerKw must not be negative", payload.getBytes(StandardCharsets.UTF_8),
                Instant.now()));
        return acknowledged;
    }
}
