package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A served session as the score sees it: requested and critical energy in W·slots (1 W for one slot),
 * and the weight of its energy from its priority.
 */
public record ChargingSession(@PlanningId Integer index, String id, long requestWattSlots, long criticalWattSlots,
        int weight) {
}
