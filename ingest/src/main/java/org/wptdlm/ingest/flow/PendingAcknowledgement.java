package org.wptdlm.ingest.flow;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acknowledges a received message only once every database write it caused is durable (or given
 * up for good), so a crash loses no acknowledged message: the broker redelivers what was not
 * acknowledged, and a redelivery is harmless (telemetry keys, upserts). The ingest worker opens
 * one around applying a message; the write buffers {@link #hold()} it for each write they take
 * on the worker's thread and release it when the write is done.
 *
 * <p>While the database is unreachable the buffers release at once instead: holding back
 * acknowledgements would fill the broker's in-flight window and stop intake for every hub. A crash
 * during an outage can then lose what waits in the buffers.
 */
public final class PendingAcknowledgement {

    private static final ThreadLocal<PendingAcknowledgement> CURRENT = new ThreadLocal<>();
    private static final Runnable NOTHING_TO_RELEASE = () -> { };

    private final AtomicInteger open = new AtomicInteger(1);
    private final Runnable acknowledgement;

    private PendingAcknowledgement(Runnable acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    /** Runs {@code processing}; acknowledges when it is done and every write it held is released. */
    public static void around(Runnable acknowledgement, Runnable processing) {
        PendingAcknowledgement pending = new PendingAcknowledgement(acknowledgement);
        CURRENT.set(pending);
        try {
            processing.run();
        } finally {
            CURRENT.remove();
            pending.release();
        }
    }

    /**
     * Holds back the acknowledgement of the message being processed on this thread until the
     * answer is run (it counts once, however often it runs); outside processing (a write not
     * caused by a message) it holds nothing.
     */
    public static Runnable hold() {
        PendingAcknowledgement pending = CURRENT.get();
        if (pending == null) {
            return NOTHING_TO_RELEASE;
        }
        pending.open.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                pending.release();
            }
        };
    }

    private void release() {
        if (open.decrementAndGet() == 0) {
            acknowledgement.run();
        }
    }
}
