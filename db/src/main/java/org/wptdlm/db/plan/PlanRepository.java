package org.wptdlm.db.plan;

import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.PLANS;
import static org.wptdlm.db.jooq.Tables.PLAN_ALLOCATIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.jooq.tables.records.PlansRecord;
import org.wptdlm.db.query.Chunks;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.signal.SignalJson;
import org.wptdlm.domain.plan.DailyPlanCost;
import org.wptdlm.domain.plan.DailyPlanCosts;
import org.wptdlm.domain.plan.DailyPlanCosts.PlanSlots;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.plan.PlanFigures;
import org.wptdlm.domain.plan.StoredPlan;
import org.wptdlm.domain.planning.Kpis;

/** Plans with their allocations, one row per session holding its power per slot. */
@Repository
public class PlanRepository {

    /** Plans stored by older versions may lack newer KPI fields, or carry ones since dropped. */
    private static final ObjectMapper KPIS_JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored plan with the planning problem it answers, as the problem file contract's JSON. */
    public record PlanWithProblem(StoredPlan plan, String problemJson) {
    }

    /** Stores the plan and its allocations together; returns it with its new id. */
    public StoredPlan save(StoredPlan plan) {
        return save(plan, null);
    }

    /**
     * Stores the plan, the problem it answers (JSON, or null) and its allocations together; returns the
     * plan with its new id.
     */
    @Transactional
    public StoredPlan save(StoredPlan plan, String problemJson) {
        long id = dsl.insertInto(PLANS)
                .set(PLANS.HUB_ID, plan.hubId())
                .set(PLANS.CREATED_AT, plan.createdAt())
                .set(PLANS.START_AT, plan.startAt())
                .set(PLANS.SLOT_MINUTES, plan.slotMinutes())
                .set(PLANS.SLOTS, plan.slots())
                .set(PLANS.STRATEGY, plan.strategy())
                .set(PLANS.KPIS, JSONB.valueOf(plan.kpisJson()))
                .set(PLANS.GRID_LIMIT_STEPS, SignalJson.steps(plan.gridLimitSteps()))
                .set(PLANS.COST_BY_SLOT, arrayOrNull(plan.costBySlot()))
                .set(PLANS.CARBON_KG_BY_SLOT, arrayOrNull(plan.carbonKgBySlot()))
                .set(PLANS.PROBLEM, problemJson == null ? null : JSONB.valueOf(problemJson))
                .returningResult(PLANS.ID)
                .fetchSingle(PLANS.ID);
        for (List<PlanAllocation> chunk : Chunks.of(plan.allocations())) {
            dsl.insertInto(PLAN_ALLOCATIONS,
                            PLAN_ALLOCATIONS.PLAN_ID,
                            PLAN_ALLOCATIONS.SESSION_ID,
                            PLAN_ALLOCATIONS.VEHICLE_ID,
                            PLAN_ALLOCATIONS.NODE_ID,
                            PLAN_ALLOCATIONS.KW_BY_SLOT)
                    .valuesOfRows(chunk.stream()
                            .map(allocation -> DSL.row(
                                    id,
                                    allocation.sessionId(),
                                    allocation.vehicleId(),
                                    allocation.padId(),
                                    allocation.kwBySlot().toArray(Double[]::new)))
                            .toList())
                    .execute();
        }
        return new StoredPlan(id, plan.hubId(), plan.createdAt(), plan.startAt(), plan.slotMinutes(), plan.slots(),
                plan.strategy(), plan.kpisJson(), plan.allocations(), plan.gridLimitSteps(), plan.costBySlot(),
                plan.carbonKgBySlot());
    }

    public Optional<StoredPlan> findById(long id) {
        return findOne(PLANS.ID.eq(id));
    }

    /** The hub's most recently created plan. */
    public Optional<StoredPlan> findLatestByHub(String hubId) {
        return findOne(PLANS.ID.eq(DSL
                .select(PLANS.ID)
                .from(PLANS)
                .where(PLANS.HUB_ID.eq(hubId))
                .orderBy(PLANS.CREATED_AT.desc(), PLANS.ID.desc())
                .limit(1)));
    }

    /**
     * Every hub's most recently created plan since {@code createdAfter}, if it was stored with its
     * problem: what each hub's controller was told last. Two queries however many hubs (plans, then all
     * their allocations); the bound keeps the first to recent plans.
     */
    public List<PlanWithProblem> latestWithProblemPerHub(Instant createdAfter) {
        List<PlansRecord> latest = dsl.select(PLANS.fields())
                .distinctOn(PLANS.HUB_ID)
                .from(PLANS)
                .where(PLANS.CREATED_AT.gt(createdAfter))
                .orderBy(PLANS.HUB_ID, PLANS.CREATED_AT.desc(), PLANS.ID.desc())
                .fetchInto(PLANS)
                .stream()
                .filter(plan -> plan.getProblem() != null)
                .toList();
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlanAllocation>> allocationsByPlan = dsl.selectFrom(PLAN_ALLOCATIONS)
                .where(PLAN_ALLOCATIONS.PLAN_ID.in(latest.stream().map(PlansRecord::getId).toList()))
                .orderBy(PLAN_ALLOCATIONS.PLAN_ID, PLAN_ALLOCATIONS.SESSION_ID)
                .fetchGroups(PLAN_ALLOCATIONS.PLAN_ID, allocation -> new PlanAllocation(allocation.getSessionId(),
                        allocation.getVehicleId(), allocation.getNodeId(), Arrays.asList(allocation.getKwBySlot())));
        return latest.stream()
                .map(plan -> new PlanWithProblem(plan(plan, allocationsByPlan.getOrDefault(plan.getId(), List.of())),
                        plan.getProblem().data()))
                .toList();
    }

    /** The stored plans' key figures, oldest first, at most {@code limit}; every hub's when {@code hubId} is null. */
    public List<PlanFigures> figures(String hubId, TimeRange range, int limit) {
        Condition condition = range.contains(PLANS.CREATED_AT);
        if (hubId != null) {
            condition = condition.and(PLANS.HUB_ID.eq(hubId));
        }
        return dsl.select(PLANS.ID, PLANS.HUB_ID, PLANS.CREATED_AT, PLANS.STRATEGY, PLANS.KPIS.convertFrom(PlanRepository::kpis),
                        HUBS.GRID_LIMIT_KW)
                .from(PLANS)
                .join(HUBS).on(HUBS.ID.eq(PLANS.HUB_ID))
                .where(condition)
                .orderBy(PLANS.CREATED_AT, PLANS.ID)
                .limit(limit)
                .fetch(Records.mapping(PlanFigures::new));
    }

    /**
     * Planned cost and CO₂ per hub and day in {@code zone}, from the plans made in {@code range}: each
     * slot counted once, from the plan in force for it, up to {@code until} ({@link DailyPlanCosts}).
     */
    public List<DailyPlanCost> dailyCosts(String hubId, TimeRange range, ZoneId zone, Instant until) {
        Condition condition = range.contains(PLANS.CREATED_AT);
        if (hubId != null) {
            condition = condition.and(PLANS.HUB_ID.eq(hubId));
        }
        List<PlanSlots> plans = dsl.select(PLANS.HUB_ID, PLANS.START_AT, PLANS.SLOT_MINUTES,
                        PLANS.COST_BY_SLOT.convertFrom(PlanRepository::listOrEmpty),
                        PLANS.CARBON_KG_BY_SLOT.convertFrom(PlanRepository::listOrEmpty))
                .from(PLANS)
                .where(condition)
                .orderBy(PLANS.HUB_ID, PLANS.CREATED_AT, PLANS.ID)
                .fetch(Records.mapping(PlanSlots::new));
        return DailyPlanCosts.of(plans, zone, until);
    }

    private static Double[] arrayOrNull(List<Double> values) {
        return values.isEmpty() ? null : values.toArray(Double[]::new);
    }

    private static List<Double> listOrEmpty(Double[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** The stored KPIs, or null when the plan was stored without any or they are not readable. */
    private static Kpis kpis(JSONB json) {
        return kpis(json.data());
    }

    /** A stored plan's KPIs ({@link StoredPlan#kpisJson()}), or null when it has none or they are not readable. */
    public static Kpis kpis(String json) {
        try {
            JsonNode tree = KPIS_JSON.readTree(json);
            return tree.isObject() && !tree.isEmpty() ? KPIS_JSON.treeToValue(tree, Kpis.class) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Optional<StoredPlan> findOne(Condition condition) {
        return dsl.selectFrom(PLANS)
                .where(condition)
                .fetchOptional()
                .map(plan -> plan(plan, allocationsOf(plan.getId())));
    }

    private static StoredPlan plan(PlansRecord plan, List<PlanAllocation> allocations) {
        return new StoredPlan(
                plan.getId(),
                plan.getHubId(),
                plan.getCreatedAt(),
                plan.getStartAt(),
                plan.getSlotMinutes(),
                plan.getSlots(),
                plan.getStrategy(),
                plan.getKpis().data(),
                allocations,
                SignalJson.steps(plan.getGridLimitSteps()),
                listOrEmpty(plan.getCostBySlot()),
                listOrEmpty(plan.getCarbonKgBySlot()));
    }

    private List<PlanAllocation> allocationsOf(long planId) {
        return dsl.select(
                        PLAN_ALLOCATIONS.SESSION_ID,
                        PLAN_ALLOCATIONS.VEHICLE_ID,
                        PLAN_ALLOCATIONS.NODE_ID,
                        PLAN_ALLOCATIONS.KW_BY_SLOT.convertFrom(Arrays::asList))
                .from(PLAN_ALLOCATIONS)
                .where(PLAN_ALLOCATIONS.PLAN_ID.eq(planId))
                .orderBy(PLAN_ALLOCATIONS.SESSION_ID)
                .fetch(Records.mapping(PlanAllocation::new));
    }
}
