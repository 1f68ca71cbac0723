package org.wptdlm.solver;

/**
 * How much each goal weighs in the Timefold score (see docs/solver.md for the order, levels and units).
 * The medium level is energy: {@code criticalEnergy} per W·slot of critical energy missing, and
 * {@code energy} × the session's priority weight per W·slot of requested energy missing. The soft level
 * holds the rest, weighted so that each goal outranks the next at the sizes that occur:
 * {@code earliness} per W × slot after arrival (up to the conservative stay), {@code peak} per W above
 * the hub's peak target per slot (only when the hub sets one), {@code cost} per micro-currency,
 * {@code carbon} per mg CO2, {@code smoothness} per W of setpoint change (plus 1 kW per change), and
 * the tie-breaks {@code deferral} per W × slot beyond the conservative stay and {@code stability} per W
 * changed against the published plan. Zero switches a goal off.
 */
public record PlanningWeights(long criticalEnergy, long energy, long earliness, long peak, long cost, long carbon,
        long deferral, long smoothness, long stability) {

    public static final PlanningWeights DEFAULTS = new PlanningWeights(1_000, 1, 1_000, 100_000, 1, 1, 1, 10, 1);

    public PlanningWeights {
        if (criticalEnergy < 0 || energy < 0 || earliness < 0 || peak < 0 || cost < 0 || carbon < 0 || deferral < 0
                || smoothness < 0 || stability < 0) {
            throw new IllegalArgumentException("planning weights must be >= 0");
        }
    }
}
