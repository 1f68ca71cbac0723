package org.wptdlm.ingest.live;

import org.wptdlm.domain.event.DlmTrigger;

/** Asks for a hub to be re-planned because something significant happened. */
public interface ReplanRequests {

    void replan(String hubId, DlmTrigger trigger);
}
