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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.model.IngestWorker;

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

    private final BlockingDeque<Write> pending;
    private final Clock clock;
    private final Counter written;
    private final Counter dropped;
    private final Counter retries;
    private volatile Instant failingSince;
    private volatile boolean running;
    private Thread thread;

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

    /** Queues a write; never waits. */
    public void submit(Write write) {
        if (!pending.offerLast(write)) {
            dropped.increment();
            log.error("Write-behind buffer full ({} waiting, database unreachable since {}): dropped {}",
                    pending.size(), failingSince, write);
        }
    }

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
            Write write;
            try {
                write = pending.pollFirst(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (write == null) {
                continue;
            }
            while (!attempt(write)) {
                if (!running) {
                    log.warn("Stopping with {} database writes not done", pending.size() + 1);
                    return;
                }
                retries.increment();
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay.multipliedBy(2);
            }
            delay = FIRST_RETRY;
        }
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
        thread = new Thread(this::run, "write-behind");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
