package org.wptdlm.domain.plan;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.Invariants.requireText;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * A hub's plan as stored, with its id and allocations (the planner's answer, before it is stored, is
 * {@link org.wptdlm.domain.planning.Plan}): power per session and slot over a horizon of {@code slots} slots of
 * {@code slotMinutes} from {@code startAt}.
 *
 * @param id given by the store; null before the plan is saved
 * @param strategy what produced it: {@code greedy}, {@code timefold} or {@code fallback} in the live loop
 * @param kpisJson the plan's key figures as a JSON object (energy delivered, peak grid kW, …)
 * @param gridLimitSteps the binding grid limit and the source that set it, as change points (empty
 *     when not recorded: plans from files, or stored before signals existed)
 * @param costBySlot cost of each slot's grid energy in the price schedule's currency (empty when the
 *     plan had no prices)
 * @param carbonKgBySlot kg CO₂ of each slot's grid energy (empty when the plan had no carbon intensity)
 */
public record StoredPlan(
        Long id,
        String hubId,
        Instant createdAt,
        Instant startAt,
        int slotMinutes,
        int slots,
        String strategy,
        String kpisJson,
        List<PlanAllocation> allocations,
        List<GridLimitStep> gridLimitSteps,
        List<Double> costBySlot,
        List<Double> carbonKgBySlot) {

    public static final int STRATEGY_MAX_LENGTH = 64;

    public StoredPlan {
        requireId(hubId, "hubId");
        requirePresent(createdAt, "createdAt");
        requirePresent(startAt, "startAt");
        if (slotMinutes < 1 || slots < 1) {
            throw new IllegalArgumentException("slotMinutes and slots must be >= 1, were " + slotMinutes + " and " + slots);
        }
        requireText(strategy, "strategy", STRATEGY_MAX_LENGTH);
        if (kpisJson == null || !kpisJson.strip().startsWith("{")) {
            throw new IllegalArgumentException("kpisJson must be a JSON object");
        }
        allocations = List.copyOf(allocations);
        gridLimitSteps = gridLimitSteps == null ? List.of() : List.copyOf(gridLimitSteps);
        costBySlot = costBySlot == null ? List.of() : List.copyOf(costBySlot);
        carbonKgBySlot = carbonKgBySlot == null ? List.of() : List.copyOf(carbonKgBySlot);
        requireSlotsOrEmpty(costBySlot, slots, "costBySlot");
        requireSlotsOrEmpty(carbonKgBySlot, slots, "carbonKgBySlot");
        for (PlanAllocation allocation : allocations) {
            if (allocation.kwBySlot().size() != slots) {
                throw new IllegalArgumentException("session " + allocation.sessionId() + " has "
                        + allocation.kwBySlot().size() + " slots, the plan " + slots);
            }
        }
    }

    /** A plan without per-slot cost and carbon. */
    public StoredPlan(Long id, String hubId, Instant createdAt, Instant startAt, int slotMinutes, int slots, String strategy,
            String kpisJson, List<PlanAllocation> allocations, List<GridLimitStep> gridLimitSteps) {
        this(id, hubId, createdAt, startAt, slotMinutes, slots, strategy, kpisJson, allocations, gridLimitSteps,
                List.of(), List.of());
    }

    private static void requireSlotsOrEmpty(List<Double> values, int slots, String name) {
        if (!values.isEmpty() && values.size() != slots) {
            throw new IllegalArgumentException(name + " has " + values.size() + " slots, the plan " + slots);
        }
    }

    /** A plan without a record of its binding grid limits. */
    public StoredPlan(Long id, String hubId, Instant createdAt, Instant startAt, int slotMinutes, int slots, String strategy,
            String kpisJson, List<PlanAllocation> allocations) {
        this(id, hubId, createdAt, startAt, slotMinutes, slots, strategy, kpisJson, allocations, List.of());
    }

    public Instant endAt() {
        return startAt.plusSeconds(60L * slotMinutes * slots);
    }
}
