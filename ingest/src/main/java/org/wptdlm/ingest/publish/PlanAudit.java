package org.wptdlm.ingest.publish;

import java.time.Instant;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/**
 * The audit trail of what the service published: plans and DLM events (what, when, why). Recording
 * never waits for the database: it is queued and written behind the publication.
 */
public interface PlanAudit {

    /**
     * Stores the plan and the allocation event published from it, under the event's sequence.
     *
     * @param publishedAt when the broker took the event, or null when publishing failed
     */
    void recordAllocation(AllocationEvent published, PlanningProblem problem, Plan plan, DlmTrigger trigger,
            Instant publishedAt);
}
