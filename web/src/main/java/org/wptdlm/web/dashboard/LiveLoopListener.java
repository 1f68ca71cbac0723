package org.wptdlm.web.dashboard;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.live.HubMessageApplied;
import org.wptdlm.ingest.publish.PublishedPlanListener;

/** Tells open dashboard pages what the live loop changed: messages applied to the live model, plans published. */
@Component
class LiveLoopListener implements PublishedPlanListener {

    private final LiveUpdates liveUpdates;

    LiveLoopListener(LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
    }

    @EventListener
    void messageApplied(HubMessageApplied applied) {
        liveUpdates.hubChanged(applied.hubId(), switch (applied.kind()) {
            case DLM_EVENT -> HubChange.EVENTS;
            default -> HubChange.TELEMETRY;
        });
    }

    /** A new plan changes the charts and setpoints, and adds an allocation to the hub's DLM events. */
    @Override
    public void published(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
        liveUpdates.hubChanged(hubId, HubChange.PLAN);
        liveUpdates.hubChanged(hubId, HubChange.EVENTS);
    }
}
