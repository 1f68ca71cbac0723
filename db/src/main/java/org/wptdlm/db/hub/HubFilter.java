package org.wptdlm.db.hub;

import org.wptdlm.domain.hub.HubStatus;

/**
 * Narrows a hub listing; null fields do not filter.
 *
 * @param nameContains a case-insensitive part of the hub's name
 */
public record HubFilter(HubStatus status, String nameContains) {

    public static final HubFilter ALL = new HubFilter(null, null);
}
