package org.wptdlm.domain.planning;

import java.time.Instant;

/**
 * One recorded charging session of a {@link SessionReplay} file. A scheduler learns of it at
 * {@code arrival}, then knows {@code estimatedDeparture} and {@code energyRequestedKwh}; the true
 * {@code departure} only happens.
 */
public record RecordedSession(String id, String stationId, Instant arrival, Instant departure,
        Instant estimatedDeparture, double energyRequestedKwh, double maxKw) {
}
