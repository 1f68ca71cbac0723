package org.wptdlm.db.whatif;

import java.time.Instant;

/** A what-if run in a listing: when, by whom, and its headline figures. */
public record RunSummary(long id, long scenarioId, String ranBy, Instant ranAt, long solveTimeMs, String strategy,
        double energyDeliveredKwh, int criticalNeedsLost) {
}
