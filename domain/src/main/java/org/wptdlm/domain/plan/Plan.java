package org.wptdlm.domain.plan;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.Invariants.requireText;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * A hub's plan as stored: power per session and slot over a horizon of {@code slots} slots of
 * {@code slotMinutes} from {@code startAt}.
 *
 * @param id given by the store; null before the plan is saved
 * @param strategy what produced it: {@code greedy}, {@code timefold} or {@code fallback} in the live loop
 * @param kpisJson the plan's key figures as a JSON object (energy delivered, peak grid kW, …)
 * @param gridLimitSteps the binding grid limit and the source that set it, as change points (empty
 *     when not recorded: plans from files, or stored before signals existed)
 */
public record Plan(
        Long id,
        String hubId,
        Instant createdAt,
        Instant startAt,
        int slotMinutes,
        int slots,
        String strategy,
        String kpisJson,
        List<PlanAllocation> allocations,
        List<GridLimitStep> gridLimitSteps) {

    public static final int STRATEGY_MAX_LENGTH = 64;

    public Plan {
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
        for (PlanAllocation allocation : allocations) {
            if (allocation.kwBySlot().size() != slots) {
                throw new IllegalArgumentException("session " + allocation.sessionId() + " has "
                        + allocation.kwBySlot().size() + " slots, the plan " + slots);
            }
        }
    }

    /** A plan without a record of its binding grid limits. */
    public Plan(Long id, String hubId, Instant createdAt, Instant startAt, int slotMinutes, int slots, String strategy,
            String kpisJson, List<PlanAllocation> allocations) {
        this(id, hubId, createdAt, startAt, slotMinutes, slots, strategy, kpisJson, allocations, List.of());
    }

    public Instant endAt() {
        return startAt.plusSeconds(60L * slotMinutes * slots);
    }
}
