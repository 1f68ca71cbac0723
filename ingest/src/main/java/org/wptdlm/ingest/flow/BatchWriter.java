package org.wptdlm.ingest.flow;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A buffer that writes to the database in batches on a thread of its own, started and stopped with
 * the application: it writes ({@link #flush()}) as soon as something waits ({@link #wake()}), at
 * the latest every interval, pauses an interval after a failed write, and writes what is left on
 * stop. Writing at once matters: the messages behind the rows are acknowledged only once their
 * rows are stored, and unacknowledged messages fill the broker's in-flight window.
 */
public abstract class BatchWriter implements SmartLifecycle {

    /** Writers stop after the ingest worker (and the MQTT connection), which hand them rows while they drain. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2000;

    private final String name;
    private final Duration interval;
    private final Semaphore waiting = new Semaphore(0);
    private volatile boolean running;
    private WorkerThread thread;

    protected BatchWriter(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    /** Writes what waits; false when a write failed and should be tried again later. */
    public abstract boolean flush();

    @Override
    public void start() {
        running = true;
        thread = new WorkerThread(name, this::run).start();
    }

    /** Something waits to be written. */
    protected void wake() {
        waiting.release();
    }

    private void run() {
        while (running) {
            try {
                if (flush()) {
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
    @Override
    public void stop() {
        running = false;
        waiting.release();
        if (thread != null) {
            thread.awaitEnd();
        }
        flush();
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
