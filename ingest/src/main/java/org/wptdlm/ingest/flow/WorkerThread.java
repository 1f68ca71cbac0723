package org.wptdlm.ingest.flow;

import java.time.Duration;

/**
 * The thread of a live-loop lifecycle bean (ingest worker, write buffers): started with the bean;
 * on stop, the bean ends its loop and waits here up to {@value #JOIN_SECONDS} s for it to drain.
 */
public final class WorkerThread {

    private static final long JOIN_SECONDS = 10;

    private final Thread thread;

    public WorkerThread(String name, Runnable loop) {
        this.thread = new Thread(loop, name);
    }

    public WorkerThread start() {
        thread.start();
        return this;
    }

    /** Waits for the loop to end, at most {@value #JOIN_SECONDS} s. */
    public void awaitEnd() {
        try {
            thread.join(Duration.ofSeconds(JOIN_SECONDS).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
