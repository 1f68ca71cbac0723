package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A time slot: the grid headroom for the chargers (limit minus base load, in W), the base load (W) the
 * chargers' draw adds to, and the slot's price and carbon intensity.
 */
public record SlotCapacity(@PlanningId Integer slot, long headroomW, long baseLoadW, double pricePerKwh, double carbonGPerKwh) {
}
