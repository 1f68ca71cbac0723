package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A time slot: the grid headroom for the chargers (limit minus base load) in µW, rounded down so that
 * a plan within it is within the real limit; the base load (W) the chargers' draw adds to; the hub's
 * peak target in W (-1 = none); and the slot's price and carbon intensity.
 */
public record SlotCapacity(@PlanningId Integer slot, long headroomMicroW, long baseLoadW, long peakTargetW,
        double pricePerKwh, double carbonGPerKwh) {

    public static final long NO_PEAK_TARGET = -1;

    public boolean hasPeakTarget() {
        return peakTargetW >= 0;
    }
}
