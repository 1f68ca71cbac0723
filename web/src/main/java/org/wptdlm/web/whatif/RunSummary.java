package org.wptdlm.web.whatif;

import java.time.Instant;

/** A run in a listing: when, by whom, and its headline figures. */
record RunSummary(long id, long scenarioId, String ranBy, Instant ranAt, long solveTimeMs, String strategy,
        double energyDeliveredKwh, int criticalNeedsLost) {
}
