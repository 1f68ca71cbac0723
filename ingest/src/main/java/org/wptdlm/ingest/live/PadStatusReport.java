package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.pad.PadStatus;

/**
 * A pad reports its state and the vehicle over it; a change of vehicle is an arrival or a departure.
 *
 * @param at the hub's clock when it reported; an older report than the one held is refused
 * @param vehicleId the vehicle over the pad, or null when none
 */
public record PadStatusReport(String padId, Instant at, PadStatus status, String vehicleId) {
}
