package org.wptdlm.ingest.mqtt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.flow.PendingAcknowledgement;
import org.wptdlm.ingest.flow.WorkerThread;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.rejection.RejectionRecorder;

/**
 * The one thread that takes accepted messages off the {@link IngestQueue} and applies them in
 * arrival order, so the live model needs no finer locking than per hub. A message is acknowledged
 * to the broker once its writes are durable ({@link PendingAcknowledgement}). Starts before the MQTT
 * connection and stops after it, draining what is queued, so an accepted message is not dropped
 * on shutdown.
 */
@Component
public class IngestWorker implements SmartLifecycle {

    /** Before (and after, on shutdown) the MQTT connection's default phase. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1000;
    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
    private static final int BATCH = 1000;
    private static final Duration POLL = Duration.ofMillis(200);

    private final IngestQueue queue;
    private final MessageApplier applier;
    private final RejectionRecorder rejections;
    private final Counter failures;
    private volatile boolean running;
    private WorkerThread thread;

    public IngestWorker(IngestQueue queue, MessageApplier applier, RejectionRecorder rejections, MeterRegistry meters) {
        this.queue = queue;
        this.applier = applier;
        this.rejections = rejections;
        this.failures = Counter.builder("dlm.ingest.failures")
                .description("Accepted messages whose processing failed (e.g. the database was unreachable)")
                .register(meters);
    }

    @Override
    public void start() {
        running = true;
        thread = new WorkerThread("ingest-worker", this::run).start();
    }

    private void run() {
        List<Inbound> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                queue.drainTo(batch, BATCH, POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            batch.forEach(this::process);
            batch.clear();
        }
    }

    private void process(Inbound message) {
        PendingAcknowledgement.around(message.acknowledgement(), () -> {
            try {
                applier.apply(message);
            } catch (PayloadRejectedException e) {
                rejections.reject(message.topic().name(), e.reason(), e.getMessage(), message.raw(),
                        message.receivedAt());
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Processing the message on {} failed: {}", message.topic().name(), e.toString());
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.awaitEnd();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
