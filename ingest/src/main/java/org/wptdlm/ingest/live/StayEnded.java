package org.wptdlm.ingest.live;

import java.time.Instant;

/** A vehicle left its pad at {@code endedAt}, ending {@code request}: the hub's departure model learns from it. */
public record StayEnded(RequestSnapshot request, Instant endedAt) {
}
