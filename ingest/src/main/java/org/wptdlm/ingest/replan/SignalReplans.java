package org.wptdlm.ingest.replan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.live.ReplanRequests;
import org.wptdlm.ingest.signal.SignalsChanged;

/** Re-plans a hub whose grid signals changed, so its allocations follow a new limit within one re-plan. */
@Component
class SignalReplans {

    private final ReplanRequests replans;

    SignalReplans(ReplanRequests replans) {
        this.replans = replans;
    }

    @EventListener
    void signalsChanged(SignalsChanged change) {
        replans.replan(change.hubId(), DlmTrigger.SIGNAL_CHANGE);
    }
}
