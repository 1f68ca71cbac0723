package org.wptdlm.domain.signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hub's signals laid onto planning slots: the binding grid limit and the source that set it, the
 * base load, and prices and carbon intensity (null when no source gives any).
 */
public record SlotSignals(
        List<Double> gridLimitKwBySlot,
        List<String> gridLimitSourceBySlot,
        List<Double> baseLoadKwBySlot,
        List<Double> pricePerKwhBySlot,
        List<Double> carbonGPerKwhBySlot) {

    public SlotSignals {
        gridLimitKwBySlot = List.copyOf(gridLimitKwBySlot);
        gridLimitSourceBySlot = List.copyOf(gridLimitSourceBySlot);
        baseLoadKwBySlot = List.copyOf(baseLoadKwBySlot);
        pricePerKwhBySlot = pricePerKwhBySlot == null ? null : List.copyOf(pricePerKwhBySlot);
        carbonGPerKwhBySlot = carbonGPerKwhBySlot == null ? null : List.copyOf(carbonGPerKwhBySlot);
        if (gridLimitSourceBySlot.size() != gridLimitKwBySlot.size()) {
            throw new IllegalArgumentException("one binding source per slot is needed");
        }
    }

    /** The binding limit as change points: one step per run of slots with the same limit and source. */
    public List<GridLimitStep> gridLimitSteps(Instant start, int slotMinutes) {
        List<GridLimitStep> steps = new ArrayList<>();
        for (int t = 0; t < gridLimitKwBySlot.size(); t++) {
            double limitKw = gridLimitKwBySlot.get(t);
            String source = gridLimitSourceBySlot.get(t);
            GridLimitStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last == null || last.limitKw() != limitKw || !last.source().equals(source)) {
                steps.add(new GridLimitStep(t, start.plusSeconds(60L * slotMinutes * t), limitKw, source));
            }
        }
        return steps;
    }
}
