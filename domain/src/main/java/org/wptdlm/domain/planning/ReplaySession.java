package org.wptdlm.domain.planning;

import java.time.Instant;

/**
 * One recorded session. A scheduler learns of it at {@code arrival}, then knows
 * {@code estimatedDeparture} and {@code energyRequestedKwh}; the true {@code departure} only happens.
 */
public record ReplaySession(String id, String stationId, Instant arrival, Instant departure,
        Instant estimatedDeparture, double energyRequestedKwh, double maxKw) {
}
