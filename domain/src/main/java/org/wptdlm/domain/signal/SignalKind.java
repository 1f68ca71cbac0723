package org.wptdlm.domain.signal;

/** What a hub signal schedule gives per interval, with its unit. */
public enum SignalKind {
    /** Import capacity limit at the grid connection, kW (OpenADR 3 IMPORT_CAPACITY_LIMIT). */
    GRID_LIMIT_KW("kW"),
    /** Energy price, currency units per kWh. */
    PRICE_PER_KWH("per kWh"),
    /** Carbon intensity of grid energy, g CO₂ per kWh. */
    CARBON_G_PER_KWH("g/kWh"),
    /** The hub's non-charging load, kW. */
    BASE_LOAD_KW("kW");

    private final String unit;

    SignalKind(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
