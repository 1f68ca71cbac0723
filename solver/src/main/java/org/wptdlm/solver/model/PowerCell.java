package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The power (W, delivered to the vehicle) one served session gets in one slot of its stay: the planning
 * variable. Everything else is a fact of the cell, precomputed so that constraints stay cheap: the pad's
 * efficiency and circuit, the most the pad and vehicle allow, how many slots after arrival it lies, and
 * the watts of the published plan (-1 = none).
 */
@PlanningEntity
public class PowerCell {

    @PlanningId
    private Long id;
    private ChargingSession session;
    private SlotCapacity slot;
    private CircuitSlot circuitSlot;
    private double efficiency;
    private int maxW;
    private int delaySlots;
    private int publishedW;
    private double slotHours;

    @PlanningVariable(valueRangeProviderRefs = "cellWatts")
    private Integer watts;

    public PowerCell() {
    }

    @SuppressWarnings("java:S107")
    public PowerCell(long id, ChargingSession session, SlotCapacity slot, CircuitSlot circuitSlot, double efficiency,
            int maxW, int delaySlots, int publishedW, double slotHours, Integer watts) {
        this.id = id;
        this.session = session;
        this.slot = slot;
        this.circuitSlot = circuitSlot;
        this.efficiency = efficiency;
        this.maxW = maxW;
        this.delaySlots = delaySlots;
        this.publishedW = publishedW;
        this.slotHours = slotHours;
        this.watts = watts;
    }

    @ValueRangeProvider(id = "cellWatts")
    public CountableValueRange<Integer> wattRange() {
        return ValueRangeFactory.createIntValueRange(0, maxW + 1);
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

    public CircuitSlot getCircuitSlot() {
        return circuitSlot;
    }

    public int getMaxW() {
        return maxW;
    }

    public int getDelaySlots() {
        return delaySlots;
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

    /** What the grid supplies for this cell, rounded up so the grid sums never undercount. */
    public long gridW() {
        return (long) Math.ceil(wattsOrZero() / efficiency);
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
