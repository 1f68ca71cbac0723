package org.wptdlm.domain.signal;

import org.wptdlm.domain.PhysicalLimits;

/** What a hub signal schedule gives per interval, with its unit and the range a value must fall in. */
public enum SignalKind {
    /** Import capacity limit at the grid connection, kW (OpenADR 3 IMPORT_CAPACITY_LIMIT); 0 switches charging off. */
    GRID_LIMIT_KW("kW", 0, PhysicalLimits.MAX_GRID_KW),
    /** Energy price, currency units per kWh; may be negative. */
    PRICE_PER_KWH("per kWh", -PhysicalLimits.MAX_PRICE_PER_KWH, PhysicalLimits.MAX_PRICE_PER_KWH),
    /** Carbon intensity of grid energy, g CO₂ per kWh. */
    CARBON_G_PER_KWH("g/kWh", 0, PhysicalLimits.MAX_CARBON_G_PER_KWH),
    /** The hub's non-charging load, kW. */
    BASE_LOAD_KW("kW", 0, PhysicalLimits.MAX_GRID_KW);

    private final String unit;
    private final double min;
    private final double max;

    SignalKind(String unit, double min, double max) {
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    public String unit() {
        return unit;
    }

    /** Why {@code value} cannot be a value of this kind, or null when it can. */
    public String violation(double value, String field) {
        return PhysicalLimits.violation(value, min, max, field, unit);
    }
}
