package org.wptdlm.ingest.replan;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.cluster.Lease;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.publish.AllocationSink;

/** Keeps what a re-plan would publish on the broker, numbered in the hub's sequence as the publisher does. */
final class RecordingAllocationSink implements AllocationSink {

    record Published(String hubId, AllocationEvent event, PlanningProblem problem, Plan plan, DlmTrigger trigger) {}

    private final List<Published> published = new ArrayList<>();

    @Override
    public synchronized AllocationEvent publish(LiveHub hub, Lease lease, AllocationEvent event,
            PlanningProblem problem, Plan plan, DlmTrigger trigger) {
        AllocationEvent numbered = event.withIds(null, hub.nextEventSequence());
        published.add(new Published(hub.hubId(), numbered, problem, plan, trigger));
        return numbered;
    }

    synchronized List<Published> published() {
        return List.copyOf(published);
    }

    synchronized List<Published> of(String hubId) {
        return published.stream().filter(each -> each.hubId().equals(hubId)).toList();
    }
}
