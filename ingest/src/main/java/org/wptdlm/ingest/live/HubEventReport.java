package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.event.DlmEventType;

/**
 * A hub reports a DLM event of its own: a grid-limit change or a pad's fault or recovery (other
 * types change nothing in the live model).
 *
 * @param at the hub's clock when it reported; an event no newer than the last one held is refused
 * @param gridLimitKw the new limit of a grid-limit change, kW, else null
 * @param padId the pad of a fault or recovery, else null
 */
public record HubEventReport(Instant at, DlmEventType type, Double gridLimitKw, String padId) {
}
