package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A pad as the score sees it: its maximum (W), efficiency and, per slot, the circuit-slot its draw
 * counts under (null entries: the pad hangs on the hub directly). {@link #NONE} is "no pad": a session
 * on it is not served.
 */
public final class PadFact {

    public static final PadFact NONE = new PadFact(-1, null, 0, 1.0, new CircuitSlot[0]);

    @PlanningId
    private final Integer index;
    private final String id;
    private final int maxW;
    private final double efficiency;
    private final CircuitSlot[] circuitSlotBySlot;

    public PadFact(int index, String id, int maxW, double efficiency, CircuitSlot[] circuitSlotBySlot) {
        this.index = index;
        this.id = id;
        this.maxW = maxW;
        this.efficiency = efficiency;
        this.circuitSlotBySlot = circuitSlotBySlot.clone();
    }

    public Integer getIndex() {
        return index;
    }

    public boolean isNone() {
        return index < 0;
    }

    public int getMaxW() {
        return maxW;
    }

    public double getEfficiency() {
        return efficiency;
    }

    /** The circuit-slot the pad draws under in the slot, or null. */
    public CircuitSlot circuitSlot(int slot) {
        return slot < circuitSlotBySlot.length ? circuitSlotBySlot[slot] : null;
    }

    @Override
    public String toString() {
        return isNone() ? "no pad" : id;
    }
}
