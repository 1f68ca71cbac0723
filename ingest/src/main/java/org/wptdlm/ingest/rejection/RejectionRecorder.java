package org.wptdlm.ingest.rejection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.flow.BatchWriter;
import org.wptdlm.ingest.flow.PendingAcknowledgement;

/**
 * Counts every rejection ({@code dlm.mqtt.rejected{reason}}) and queues it for the rejected-messages
 * table, which its own thread writes in batches as soon as rejections wait. Safe to call from the
 * MQTT callback: it never blocks. The refused message is acknowledged once its row is stored
 * ({@link PendingAcknowledgement}), so a crash does not lose it: the broker redelivers it and it is
 * refused again. While the database is away, or when the queue is full, it is acknowledged at once
 * (holding acknowledgements back would stop intake for every hub).
 */
@Component
public class RejectionRecorder extends BatchWriter {

    private static final Logger log = LoggerFactory.getLogger(RejectionRecorder.class);
    private static final int PAYLOAD_EXCERPT_BYTES = 1024;
    /** The widths of the rejected_messages columns (migration V7), in characters. */
    private static final int TOPIC_CHARS = 500;
    private static final int TEXT_CHARS = 1000;
    private static final int PENDING_CAPACITY = 50_000;
    private static final int BATCH_SIZE = 1_000;

    private final RejectionStore store;
    private final Map<RejectionReason, Counter> counters = new EnumMap<>(RejectionReason.class);
    private final Counter dropped;
    private final BlockingQueue<Held> pending = new ArrayBlockingQueue<>(PENDING_CAPACITY);
    private final List<Held> retry = new ArrayList<>();
    private volatile boolean failing;

    /** A rejection and what to run once its row is stored (or given up). */
    private record Held(Rejection rejection, Runnable release) {}

    public RejectionRecorder(RejectionStore store, MeterRegistry meters,
            @Value("${dlm.ingest.flush-interval:200ms}") Duration flushInterval) {
        super("rejection-writer", flushInterval);
        this.store = store;
        for (RejectionReason reason : RejectionReason.values()) {
            counters.put(reason, Counter.builder("dlm.mqtt.rejected")
                    .description("MQTT messages rejected, by reason")
                    .tag("reason", reason.code())
                    .register(meters));
        }
        this.dropped = Counter.builder("dlm.mqtt.rejected.unrecorded")
                .description("Rejections counted but not stored because the store fell behind")
                .register(meters);
    }

    public void reject(String topic, RejectionReason reason, String detail, byte[] payload, Instant receivedAt) {
        counters.get(reason).increment();
        Rejection rejection = new Rejection(fitting(topic, TOPIC_CHARS), reason,
                fitting(detail, TEXT_CHARS - reason.code().length() - 2), excerpt(payload), receivedAt);
        Runnable release = PendingAcknowledgement.hold();
        if (!pending.offer(new Held(rejection, release))) {
            dropped.increment();
            release.run();
        } else if (failing) {
            release.run();
        }
        wake();
        log.debug("Rejected message on {}: {} ({})", topic, reason.code(), detail);
    }

    private static String excerpt(byte[] payload) {
        int length = Math.min(payload.length, PAYLOAD_EXCERPT_BYTES);
        return fitting(new String(payload, 0, length, StandardCharsets.UTF_8), TEXT_CHARS);
    }

    /**
     * Cut to the column's width and without NUL characters, which PostgreSQL text refuses: a
     * rejection that cannot be stored would hold up every later one.
     */
    private static String fitting(String text, int maxChars) {
        String storable = text == null ? "" : text.replace('\u0000', '\uFFFD');
        if (storable.length() <= maxChars) {
            return storable;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(storable.charAt(end - 1))) {
            end--;
        }
        return storable.substring(0, end) + "…";
    }

    /** Writes queued rejections; false when the database failed and they wait for the next try. */
    @Override
    public synchronized boolean flush() {
        while (!retry.isEmpty() || pending.drainTo(retry, BATCH_SIZE) > 0) {
            try {
                store.saveAll(retry.stream().map(Held::rejection).toList());
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("Storing {} rejected messages failed, retrying: {}", retry.size() + pending.size(),
                            e.toString());
                }
                failing = true;
                retry.forEach(held -> held.release().run());
                pending.forEach(held -> held.release().run());
                return false;
            }
            failing = false;
            retry.forEach(held -> held.release().run());
            retry.clear();
        }
        return true;
    }
}
