package org.wptdlm.domain.planning;

import java.util.List;

/**
 * The hub's grid connection: a constant import limit, optionally overridden per slot, and an
 * optional non-charging base load per slot that the chargers must leave room for. Optional policies:
 * {@code powerStepKw} (null = no step: 1 mW resolution) is the resolution chargers accept setpoints in, and
 * {@code peakTargetKw} (null = no peak shaving) is a grid draw, base load included, that the planner
 * keeps below when it costs no requested energy.
 */
public record HubLimits(String id, double gridLimitKw, List<Double> gridLimitKwBySlot, List<Double> baseLoadKwBySlot,
        Double powerStepKw, Double peakTargetKw) {

    public HubLimits {
        gridLimitKwBySlot = gridLimitKwBySlot == null ? null : List.copyOf(gridLimitKwBySlot);
        baseLoadKwBySlot = baseLoadKwBySlot == null ? null : List.copyOf(baseLoadKwBySlot);
    }

    /** A hub without setpoint step or peak policy. */
    public HubLimits(String id, double gridLimitKw, List<Double> gridLimitKwBySlot, List<Double> baseLoadKwBySlot) {
        this(id, gridLimitKw, gridLimitKwBySlot, baseLoadKwBySlot, null, null);
    }

    public double limitKw(int slot) {
        return gridLimitKwBySlot == null ? gridLimitKw : gridLimitKwBySlot.get(slot);
    }

    public double baseLoadKw(int slot) {
        return baseLoadKwBySlot == null ? 0.0 : baseLoadKwBySlot.get(slot);
    }

    /** The same hub with other per-slot arrays (policies kept). */
    public HubLimits withSlotArrays(List<Double> newGridLimitKwBySlot, List<Double> newBaseLoadKwBySlot) {
        return new HubLimits(id, gridLimitKw, newGridLimitKwBySlot, newBaseLoadKwBySlot, powerStepKw, peakTargetKw);
    }
}
