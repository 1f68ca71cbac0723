package org.wptdlm.domain.situation;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.hub.Hub;

/**
 * What is stored about a hub now, read in one go: its pads with their latest fresh reading, its open
 * charging requests with their vehicles, and when it was last planned.
 *
 * @param lastPlanAt when the hub's latest stored plan was made, or null when it has none
 */
public record HubSituation(Hub hub, List<PadSituation> pads, List<OpenRequest> openRequests, Instant lastPlanAt) {

    public HubSituation {
        pads = List.copyOf(pads);
        openRequests = List.copyOf(openRequests);
    }
}
