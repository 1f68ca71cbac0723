package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A time slot: the grid headroom for the chargers (limit minus base load, in W) and its price and carbon intensity. */
public record SlotCapacity(@PlanningId Integer slot, long headroomW, double pricePerKwh, double carbonGPerKwh) {
}
