package org.wptdlm.ingest.feed;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls every configured external source on its own fixed delay, on one daemon thread of its
 * own: a slow VTN or feed delays only the other sources, never the live loop.
 */
public final class SignalSourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignalSourcePoller.class);

    private final List<PolledSource> sources;
    private ScheduledExecutorService executor;

    public SignalSourcePoller(List<PolledSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public synchronized void start() {
        if (sources.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "signal-sources");
            thread.setDaemon(true);
            return thread;
        });
        for (PolledSource source : sources) {
            long delayMillis = source.pollInterval().toMillis();
            executor.scheduleWithFixedDelay(() -> pollSafely(source), 0, delayMillis, TimeUnit.MILLISECONDS);
            log.info("Signal source {} polled every {}", source.name(), source.pollInterval());
        }
    }

    /** A throw would cancel the source's schedule for good: the sources catch, this is the last net. */
    private static void pollSafely(PolledSource source) {
        try {
            source.poll();
        } catch (RuntimeException e) {
            log.error("Signal source {} threw out of its poll", source.name(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
