package org.wptdlm.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.publish.PlanAudit;
import org.wptdlm.ingest.store.WriteBehind.Write;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.KpiCalculator;
import org.wptdlm.solver.kpi.SlotCosts;

/**
 * Published plans and allocation events in the plans, plan_allocations and dlm_events tables,
 * written behind the publication: the plan and its event in one transaction, so a retry after an
 * outage stores neither twice. The plan is stored with its problem, so a restart serves it again at once.
 */
@Component
class JooqPlanAudit implements PlanAudit {

    private final PlanRepository plans;
    private final DlmEventRepository events;
    private final WriteBehind writes;
    private final TransactionTemplate transactions;
    private final ObjectMapper mapper = PayloadParser.mapper();

    JooqPlanAudit(PlanRepository plans, DlmEventRepository events, WriteBehind writes, TransactionTemplate transactions) {
        this.plans = plans;
        this.events = events;
        this.writes = writes;
        this.transactions = transactions;
    }

    @Override
    public void recordAllocation(AllocationEvent published, PlanningProblem problem, Plan plan, DlmTrigger trigger,
            Instant publishedAt) {
        String description = "hub " + published.hubId() + " allocation #" + published.sequence();
        writes.submit(Write.described(description, () -> transactions.executeWithoutResult(status -> {
            long planId = savePlan(published, problem, plan);
            String stored = json(published.withIds(planId, null));
            events.appendNumbered(new NewDlmEvent(published.hubId(), DlmEventSource.SERVICE, DlmEventType.ALLOCATION,
                    trigger, planId, stored, published.ts()), published.sequence(), publishedAt);
        })));
    }

    private long savePlan(AllocationEvent published, PlanningProblem problem, Plan plan) {
        Map<String, String> vehicleBySession = new HashMap<>();
        problem.sessions().forEach(session -> vehicleBySession.put(session.id(), session.vehicleId()));
        var allocations = plan.sessions().stream()
                .map(session -> new PlanAllocation(session.id(), vehicleBySession.get(session.id()), session.padId(),
                        session.kwBySlot()))
                .toList();
        SlotCosts slotCosts = KpiCalculator.slotCosts(problem, plan);
        var stored = plans.save(new org.wptdlm.domain.plan.StoredPlan(null, published.hubId(), published.ts(),
                problem.start(), problem.slotMinutes(), problem.slots(), plan.strategy(), kpisJson(plan), allocations,
                published.gridLimits(), slotCosts.cost(), slotCosts.carbonKg()), PlanningJson.toJson(problem));
        return stored.id();
    }

    private String kpisJson(Plan plan) {
        try {
            return plan.kpis() == null ? "{}" : mapper.writeValueAsString(plan.kpis());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan KPIs cannot be written as JSON", e);
        }
    }

    private String json(AllocationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Allocation of hub " + event.hubId() + " cannot be written as JSON", e);
        }
    }
}
