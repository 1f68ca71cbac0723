package org.wptdlm.ingest.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.flow.PendingAcknowledgement;
import org.wptdlm.ingest.flow.WorkerThread;
import org.wptdlm.ingest.mqtt.IngestWorker;

/**
 * The live loop's database writes (entities, requests, plans, DLM events), in order, on their own
 * thread: the live model is the truth the loop plans from, so the loop never waits for PostgreSQL.
 * While the database is unreachable, a write is retried (the next ones wait behind it, keeping
 * the order) with back-off. The queue is bounded ({@code dlm.ingest.write-behind-capacity}): when
 * it is full the write is dropped, counted ({@code dlm.writes.dropped}) and logged with what it
 * was. A write the database refuses for its content is dropped the same way, so it cannot block
 * the ones behind it.
 */
@Component
public class WriteBehind implements SmartLifecycle {

    /** One database write; {@link #toString()} says what it was, for the log when it is dropped. */
    public interface Write {
        void run();

        static Write described(String description, Runnable action) {
            return new Write() {
                @Override
                public void run() {
                    action.run();
                }

                @Override
                public String toString() {
                    return description;
                }
            };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final BlockingDeque<Held> pending;
    private final Clock clock;
    private final Counter written;
    private final Counter dropped;
    private final Counter retries;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private volatile Instant failingSince;
    private volatile boolean running;
    private WorkerThread thread;

    public WriteBehind(IngestSettings settings, Clock clock, MeterRegistry meters) {
        this.pending = new LinkedBlockingDeque<>(settings.writeBehindCapacity());
        this.clock = clock;
        this.written = Counter.builder("dlm.writes.done").description("Live-loop database writes done").register(meters);
        this.dropped = Counter.builder("dlm.writes.dropped")
                .description("Live-loop database writes dropped: buffer full, or refused by the database")
                .register(meters);
        this.retries = Counter.builder("dlm.writes.retries")
                .description("Live-loop database writes retried (database unreachable)")
                .register(meters);
        Gauge.builder("dlm.writes.pending", pending, BlockingDeque::size)
                .description("Live-loop database writes waiting")
                .register(meters);
    }

    /**
     * Queues a write; never waits. The message being processed is acknowledged only once the write
     * is done (or given up).
     */
    public void submit(Write write) {
        Runnable release = PendingAcknowledgement.hold();
        submitted.incrementAndGet();
        if (!pending.offerLast(new Held(write, release))) {
            dropped.increment();
            completed.incrementAndGet();
            release.run();
            log.error("Write-behind buffer full ({} waiting, database unreachable since {}): dropped {}",
                    pending.size(), failingSince, write);
        } else if (failingSince != null) {
            release.run();
        }
    }

    /** Writes submitted so far; once {@link #completed()} reaches this number, they are all done. */
    public long submitted() {
        return submitted.get();
    }

    /** Writes done or given up so far, in submission order. */
    public long completed() {
        return completed.get();
    }

    /** A write and what to run once it is done or given up. */
    private record Held(Write write, Runnable release) {}

    /** Since when writes fail, or null while the database takes them. */
    public Instant failingSince() {
        return failingSince;
    }

    public int pendingCount() {
        return pending.size();
    }

    private void run() {
        Duration delay = FIRST_RETRY;
        while (running || !pending.isEmpty()) {
            Held held;
            try {
                held = pending.pollFirst(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (held == null) {
                continue;
            }
            while (!attempt(held.write())) {
                releaseWaiting(held);
                if (!running) {
                    log.warn("Stopping with {} database writes not done", pending.size() + 1);
                    return;
                }
                retries.increment();
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay.multipliedBy(2);
            }
            held.release().run();
            completed.incrementAndGet();
            delay = FIRST_RETRY;
        }
    }

    /** The database is away: acknowledge what waits (see {@link PendingAcknowledgement}). */
    private void releaseWaiting(Held current) {
        current.release().run();
        pending.forEach(waiting -> waiting.release().run());
    }

    /** True when done or dropped for good; false when it should be tried again. */
    private boolean attempt(Write write) {
        try {
            write.run();
            written.increment();
            if (failingSince != null) {
                log.info("Database writes resume after failing since {}; {} waiting", failingSince, pending.size());
                failingSince = null;
            }
            return true;
        } catch (DataIntegrityViolationException e) {
            dropped.increment();
            log.warn("Database refuses {}: dropped ({})", write, e.getMostSpecificCause().getMessage());
            return true;
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = clock.instant();
                log.warn("Database writes fail ({}); retrying, {} waiting", e.toString(), pending.size() + 1);
            }
            return false;
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new WorkerThread("write-behind", this::run).start();
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
        // Stops after the ingest worker, which may still hand over writes while it drains.
        return IngestWorker.PHASE - 1000;
    }
}
