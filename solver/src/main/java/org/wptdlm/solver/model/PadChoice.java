package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The pad a session charges on for its whole stay: a planning variable, pinned when the vehicle is
 * already parked. {@link PadFact#NONE} = not served. The session's power cells read their pad through
 * this choice; the pad changes only through {@code PadMove}, which announces every cell of the session
 * to the score director as changed, so the cells' pad-dependent terms are re-evaluated.
 */
@PlanningEntity
public class PadChoice {

    @PlanningId
    private Integer index;
    private ChargingSession session;
    private int arrivalSlot;
    private int departureSlot;
    private int vehicleMaxW;
    @PlanningPin
    private boolean parked;

    @PlanningVariable(valueRangeProviderRefs = "pads")
    private PadFact pad;

    public PadChoice() {
    }

    public PadChoice(ChargingSession session, int arrivalSlot, int departureSlot, int vehicleMaxW, boolean parked,
            PadFact pad) {
        this.index = session.index();
        this.session = session;
        this.arrivalSlot = arrivalSlot;
        this.departureSlot = departureSlot;
        this.vehicleMaxW = vehicleMaxW;
        this.parked = parked;
        this.pad = pad;
    }

    public Integer getIndex() {
        return index;
    }

    public ChargingSession getSession() {
        return session;
    }

    public int getArrivalSlot() {
        return arrivalSlot;
    }

    public int getDepartureSlot() {
        return departureSlot;
    }

    public boolean isParked() {
        return parked;
    }

    public PadFact getPad() {
        return pad;
    }

    public void setPad(PadFact pad) {
        this.pad = pad;
    }

    /** The most power the session takes on its pad in one slot (0 without a pad). */
    public int rateW() {
        return pad == null || pad.isNone() ? 0 : Math.min(vehicleMaxW, pad.getMaxW());
    }

    public boolean overlaps(PadChoice other) {
        return arrivalSlot < other.departureSlot && other.arrivalSlot < departureSlot;
    }

    /** Whether both hold the same real pad at the same time. */
    public boolean sharesPadWith(PadChoice other) {
        return pad != null && !pad.isNone() && pad == other.pad && overlaps(other);
    }

    public int overlapSlots(PadChoice other) {
        return Math.max(0, Math.min(departureSlot, other.departureSlot) - Math.max(arrivalSlot, other.arrivalSlot));
    }

    @Override
    public String toString() {
        return session.id() + " on " + pad;
    }
}
