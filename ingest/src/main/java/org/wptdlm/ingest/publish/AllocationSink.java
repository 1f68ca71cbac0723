package org.wptdlm.ingest.publish;

import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.cluster.Lease;
import org.wptdlm.ingest.live.LiveHub;

/**
 * Where a re-plan's allocations go: {@link AllocationPublisher} on the broker; re-planning depends on
 * this interface so that its unit tests run without a broker.
 */
public interface AllocationSink {

    /** Answers the event as published, with its sequence; null when the lease is no longer held. */
    AllocationEvent publish(LiveHub hub, Lease lease, AllocationEvent event, PlanningProblem problem, Plan plan,
            DlmTrigger trigger);
}
