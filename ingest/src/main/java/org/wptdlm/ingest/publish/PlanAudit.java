package org.wptdlm.ingest.publish;

import java.time.Instant;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/** The audit trail of what the service published: plans and DLM events (what, when, why). */
public interface PlanAudit {

    /** An event as recorded: its id and its number in the hub's sequence. */
    record RecordedEvent(long eventId, long sequence) {}

    /** Stores the plan and answers its id. */
    long savePlan(String hubId, PlanningProblem problem, Plan plan, Instant createdAt);

    /** Appends an allocation event to the hub's trail. */
    RecordedEvent recordAllocation(String hubId, DlmTrigger trigger, Long planId, String payloadJson, Instant createdAt);

    void markPublished(long eventId, Instant publishedAt);
}
