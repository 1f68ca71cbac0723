package org.wptdlm.domain;

/**
 * The physical ranges every number must fall in, wherever it enters (REST, MQTT, a problem file).
 * They are far wider than any real hub, pad or vehicle, and narrow enough that a typo or an attack
 * ({@code 1e308} kW, an efficiency of {@code 1e-320}) cannot reach the planner. The {@code *_TEXT}
 * twins feed bean-validation annotations, which need constant strings.
 */
public final class PhysicalLimits {

    /** A grid connection above 100 MW is a transmission substation, not a charging hub. */
    public static final double MAX_GRID_KW = 100_000;
    public static final String MAX_GRID_KW_TEXT = "100000";
    /** No pad or vehicle charges at more than 1 MW (megawatt truck charging is the top end). */
    public static final double MAX_POWER_KW = 1_000;
    public static final String MAX_POWER_KW_TEXT = "1000";
    /** No vehicle battery holds more than 1 MWh. */
    public static final double MAX_ENERGY_KWH = 1_000;
    public static final String MAX_ENERGY_KWH_TEXT = "1000";
    /**
     * No energy price beyond ±100 currency units per kWh: day-ahead markets cap at a few per kWh,
     * negative prices included.
     */
    public static final double MAX_PRICE_PER_KWH = 100;
    /** No grid emits more than 2 kg CO₂ per kWh (lignite is about 1.2). */
    public static final double MAX_CARBON_G_PER_KWH = 2_000;
    /** A pad that loses more than half the power is broken, and 1/efficiency must stay small. */
    public static final double MIN_EFFICIENCY = 0.5;
    public static final String MIN_EFFICIENCY_TEXT = "0.5";
    public static final double MAX_EFFICIENCY = 1;
    /** Text without control characters ({@link #hasControlCharacter}), as a regular expression. */
    public static final String NO_CONTROL_CHARACTERS = "[^\\p{Cc}]*";

    private PhysicalLimits() {
    }

    /** A grid connection's import limit: above 0 (a hub without one is not a hub) and at most 100 MW. */
    public static double requireGridLimitKw(double value, String field) {
        if (!Double.isFinite(value) || value <= 0 || value > MAX_GRID_KW) {
            throw new IllegalArgumentException(field + " must be above 0 and at most " + MAX_GRID_KW_TEXT + " kW, was " + value);
        }
        return value;
    }

    /** A circuit's limit or a base load: 0 (switched off) up to 100 MW. */
    public static double requireCircuitKw(double value, String field) {
        return requireWithin(value, 0, MAX_GRID_KW, field, "kW");
    }

    /** A pad's or vehicle's power: 0 up to 1 MW. */
    public static double requirePowerKw(double value, String field) {
        return requireWithin(value, 0, MAX_POWER_KW, field, "kW");
    }

    /** An energy such as a battery capacity or a requested amount: 0 up to 1 MWh. */
    public static double requireEnergyKwh(double value, String field) {
        return requireWithin(value, 0, MAX_ENERGY_KWH, field, "kWh");
    }

    /** A pad's grid-to-vehicle efficiency, 0.5 to 1. */
    public static double requireEfficiency(double value, String field) {
        return requireWithin(value, MIN_EFFICIENCY, MAX_EFFICIENCY, field, "");
    }

    /** A state of charge, 0 to 100 %. */
    public static double requirePercent(double value, String field) {
        return requireWithin(value, 0, 100, field, "%");
    }

    /** The message that {@code value} breaks {@code [min, max]}, or null when it is a finite number inside. */
    public static String violation(double value, double min, double max, String field, String unit) {
        if (Double.isFinite(value) && value >= min && value <= max) {
            return null;
        }
        String suffix = unit.isEmpty() ? "" : " " + unit;
        return field + " must be a finite number from " + plain(min) + " to " + plain(max) + suffix + ", was " + value;
    }

    /** True when the text holds a control character (NUL, escape, line breaks, …), which no name needs. */
    public static boolean hasControlCharacter(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }

    private static double requireWithin(double value, double min, double max, String field, String unit) {
        String violation = violation(value, min, max, field, unit);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
