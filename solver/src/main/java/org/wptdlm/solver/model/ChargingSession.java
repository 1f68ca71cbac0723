package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A served session as the score sees it: requested and critical energy in W·slots (1 W for one slot),
 * the weight of its energy from its priority, and {@code conservativeStaySlots}: how many slots after
 * arrival the vehicle is assumed to stay for sure. Energy that can come before that point is wanted as
 * early as possible; only what is left may move later, to cheaper or cleaner slots.
 */
public record ChargingSession(@PlanningId Integer index, String id, long requestWattSlots, long criticalWattSlots,
        int weight, int conservativeStaySlots) {

    /** A session whose whole stay counts as at risk of an early departure. */
    public ChargingSession(Integer index, String id, long requestWattSlots, long criticalWattSlots, int weight) {
        this(index, id, requestWattSlots, criticalWattSlots, weight, Integer.MAX_VALUE);
    }
}
