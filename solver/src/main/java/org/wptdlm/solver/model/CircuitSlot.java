package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** One circuit in one slot, with its limit in grid µW (rounded down): the key the circuit constraint sums cells under. */
public record CircuitSlot(@PlanningId String id, long limitMicroW) {
}
