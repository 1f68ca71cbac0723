package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The power (W, delivered to the vehicle) one served session gets in one slot of its stay: the planning
 * variable. Its pad comes from the session's {@link PadChoice} (efficiency, circuit, most the pad and
 * vehicle allow). Everything else is a fact of the cell, precomputed so that constraints stay cheap: the
 * most any pad lets the vehicle take (the value range), how many slots after arrival it lies (split
 * at the session's conservative stay into early and deferred slots), the id of the session's cell one
 * slot before (null at arrival) and the watts of the published plan (-1 = none).
 */
@PlanningEntity
public class PowerCell {

    @PlanningId
    private Long id;
    private ChargingSession session;
    private PadChoice padChoice;
    private SlotCapacity slot;
    private int rangeMaxW;
    private int earlySlots;
    private int deferredSlots;
    private Long previousCellId;
    private int publishedW;
    private double slotHours;

    @PlanningVariable(valueRangeProviderRefs = "cellWatts")
    private Integer watts;

    public PowerCell() {
    }

    @SuppressWarnings("java:S107")
    public PowerCell(long id, PadChoice padChoice, SlotCapacity slot, int rangeMaxW, int delaySlots, int publishedW,
            double slotHours, Integer watts) {
        this.id = id;
        this.session = padChoice.getSession();
        this.padChoice = padChoice;
        this.slot = slot;
        this.rangeMaxW = rangeMaxW;
        this.earlySlots = Math.min(delaySlots, this.session.conservativeStaySlots());
        this.deferredSlots = delaySlots - earlySlots;
        this.previousCellId = delaySlots > 0 ? id - 1 : null;
        this.publishedW = publishedW;
        this.slotHours = slotHours;
        this.watts = watts;
    }

    @ValueRangeProvider(id = "cellWatts")
    public CountableValueRange<Integer> wattRange() {
        return ValueRangeFactory.createIntValueRange(0, rangeMaxW + 1);
    }

    public Long getId() {
        return id;
    }

    public ChargingSession getSession() {
        return session;
    }

    public SlotCapacity getSlot() {
        return slot;
    }

    public PadChoice getPadChoice() {
        return padChoice;
    }

    /** The circuit-slot of the session's pad in this slot, or null. */
    public CircuitSlot getCircuitSlot() {
        return padChoice.getPad().circuitSlot(slot.slot());
    }

    /** The most the session's current pad and vehicle allow in this slot. */
    public int getMaxW() {
        return Math.min(rangeMaxW, padChoice.rateW());
    }

    /** Slots after arrival, counted up to the session's conservative stay. */
    public int getEarlySlots() {
        return earlySlots;
    }

    /** Slots beyond the session's conservative stay. */
    public int getDeferredSlots() {
        return deferredSlots;
    }

    /** The id of the same session's cell one slot earlier; null in the arrival slot. Cell ids are consecutive within a session. */
    public Long getPreviousCellId() {
        return previousCellId;
    }

    public int getPublishedW() {
        return publishedW;
    }

    public Integer getWatts() {
        return watts;
    }

    public void setWatts(Integer watts) {
        this.watts = watts;
    }

    public int wattsOrZero() {
        return watts == null ? 0 : watts;
    }

    /** What the grid supplies for this cell in W, rounded up (for the soft goals). */
    public long gridW() {
        return (long) Math.ceil(wattsOrZero() / padChoice.getPad().getEfficiency());
    }

    /**
     * What the grid supplies for this cell in µW, rounded up: the limits sum these against limits
     * rounded down, so a plan within them is within the real limits even after the conversion to grid
     * draw (whole-watt rounding per cell would add up to watts over on a full hub).
     */
    public long gridMicroW() {
        return (long) Math.ceil(wattsOrZero() * 1e6 / padChoice.getPad().getEfficiency());
    }

    /** Grid energy × price in micro-currency (W × h × currency/kWh = milli-currency, ×1000). */
    public long costMicro() {
        return Math.round(gridW() * slotHours * slot.pricePerKwh() * 1000.0);
    }

    /** Grid energy × carbon intensity in mg CO2 (W × h × g/kWh = mg). */
    public long carbonMg() {
        return Math.round(gridW() * slotHours * slot.carbonGPerKwh());
    }

    @Override
    public String toString() {
        return session.id() + "@" + slot.slot() + "=" + watts + "W";
    }
}
