package org.wptdlm.domain.planning;

import java.util.List;

/**
 * The hub's grid connection: a constant import limit, optionally overridden per slot, and an
 * optional non-charging base load per slot that the chargers must leave room for.
 */
public record HubLimits(String id, double gridLimitKw, List<Double> gridLimitKwBySlot, List<Double> baseLoadKwBySlot) {

    public HubLimits {
        gridLimitKwBySlot = gridLimitKwBySlot == null ? null : List.copyOf(gridLimitKwBySlot);
        baseLoadKwBySlot = baseLoadKwBySlot == null ? null : List.copyOf(baseLoadKwBySlot);
    }

    public double limitKw(int slot) {
        return gridLimitKwBySlot == null ? gridLimitKw : gridLimitKwBySlot.get(slot);
    }

    public double baseLoadKw(int slot) {
        return baseLoadKwBySlot == null ? 0.0 : baseLoadKwBySlot.get(slot);
    }
}
