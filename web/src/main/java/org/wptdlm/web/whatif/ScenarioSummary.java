package org.wptdlm.web.whatif;

import java.time.Instant;
import org.wptdlm.db.whatif.RunSummary;

/** A scenario in a listing, with its latest run's headline figures (null before the first). */
record ScenarioSummary(long id, String hubId, String name, String createdBy, Instant createdAt, RunSummary latestRun) {
}
