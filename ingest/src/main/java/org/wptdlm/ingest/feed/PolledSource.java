package org.wptdlm.ingest.feed;

import java.time.Duration;

/**
 * An external signal source that is asked on a fixed delay. {@link #poll()} never throws: a
 * source logs and counts its own failures and keeps what it delivered last.
 */
public interface PolledSource {

    /** A short stable name for logs and metrics, e.g. {@code openadr}, {@code feed:prices}. */
    String name();

    Duration pollInterval();

    void poll();
}
