package org.wptdlm.db.event;

import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.event.DlmEventType;

/**
 * Narrows a hub's DLM event listing.
 *
 * @param type only events of this type, or null for all
 * @param createdAt only events created in this range
 */
public record DlmEventFilter(DlmEventType type, TimeRange createdAt) {

    public static final DlmEventFilter ALL = new DlmEventFilter(null, TimeRange.ALL);
}
