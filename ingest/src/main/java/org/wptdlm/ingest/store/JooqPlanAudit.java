package org.wptdlm.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.publish.PlanAudit;

/** Published plans and allocation events in the plans, plan_allocations and dlm_events tables. */
@Component
class JooqPlanAudit implements PlanAudit {

    private final PlanRepository plans;
    private final DlmEventRepository events;
    private final ObjectMapper mapper = PayloadParser.mapper();

    JooqPlanAudit(PlanRepository plans, DlmEventRepository events) {
        this.plans = plans;
        this.events = events;
    }

    @Override
    public long savePlan(String hubId, PlanningProblem problem, Plan plan, Instant createdAt) {
        Map<String, String> vehicleBySession = new HashMap<>();
        problem.sessions().forEach(session -> vehicleBySession.put(session.id(), session.vehicleId()));
        var allocations = plan.sessions().stream()
                .map(session -> new PlanAllocation(session.id(), vehicleBySession.get(session.id()), session.padId(),
                        session.kwBySlot()))
                .toList();
        var stored = plans.save(new org.wptdlm.domain.plan.Plan(null, hubId, createdAt, problem.start(),
                problem.slotMinutes(), problem.slots(), plan.strategy(), kpisJson(plan), allocations));
        return stored.id();
    }

    private String kpisJson(Plan plan) {
        try {
            return plan.kpis() == null ? "{}" : mapper.writeValueAsString(plan.kpis());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan KPIs cannot be written as JSON", e);
        }
    }

    @Override
    public RecordedEvent recordAllocation(String hubId, DlmTrigger trigger, Long planId, String payloadJson,
            Instant createdAt) {
        DlmEvent event = events.append(new NewDlmEvent(
                hubId, DlmEventSource.SERVICE, DlmEventType.ALLOCATION, trigger, planId, payloadJson, createdAt));
        return new RecordedEvent(event.id(), event.sequence());
    }

    @Override
    public void markPublished(long eventId, Instant publishedAt) {
        events.markPublished(eventId, publishedAt);
    }
}
