package org.wptdlm.ingest.flow;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.context.SmartLifecycle;

/**
 * The thread of a buffer that writes to the database in batches: it writes as soon as something
 * waits ({@link #wake()}), at the latest every interval, and pauses an interval after a failed
 * write. Writing at once matters: the messages behind the rows are acknowledged only once their
 * rows are stored, and unacknowledged messages fill the broker's in-flight window.
 */
public final class BatchWriter {

    /** Writers stop after the ingest worker (and the MQTT connection), which hand them rows while they drain. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2000;

    private final String name;
    private final BooleanSupplier flush;
    private final Duration interval;
    private final Semaphore waiting = new Semaphore(0);
    private volatile boolean running;
    private WorkerThread thread;

    /** @param flush writes what waits; false when a write failed and should be tried again later */
    public BatchWriter(String name, BooleanSupplier flush, Duration interval) {
        this.name = name;
        this.flush = flush;
        this.interval = interval;
    }

    public void start() {
        running = true;
        thread = new WorkerThread(name, this::run).start();
    }

    /** Something waits to be written. */
    public void wake() {
        waiting.release();
    }

    private void run() {
        while (running) {
            try {
                if (flush.getAsBoolean()) {
                    waiting.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                    waiting.drainPermits();
                } else {
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends the loop and writes what is left. */
    public void stop() {
        running = false;
        waiting.release();
        if (thread != null) {
            thread.awaitEnd();
        }
        flush.getAsBoolean();
    }

    public boolean isRunning() {
        return running;
    }
}
