package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.hub.HubStatus;

/**
 * A hub controller reports its state, and optionally a temporary grid limit (utility curtailment)
 * and the non-charging load its connection carries.
 *
 * @param at the hub's clock when it reported; an older report than the one held is refused
 * @param gridLimitKw a limit below the hub's nominal one, kW, or null (nominal)
 * @param baseLoadKw other load on the connection now, kW, or null (none)
 */
public record HubStatusReport(Instant at, HubStatus status, Double gridLimitKw, Double baseLoadKw) {
}
