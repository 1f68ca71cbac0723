package org.wptdlm.solver;

/**
 * How much each goal weighs in the Timefold score (see docs/solver.md for the levels and units). The
 * medium level is energy: {@code criticalEnergy} per W·slot of critical energy missing, and
 * {@code energy} × the session's priority weight per W·slot of requested energy missing. The soft level
 * mixes the rest: {@code peak} per (grid W)²/1000 per slot (a flat draw keeps the peak low), {@code cost}
 * per micro-currency, {@code carbon} per mg CO2, {@code earliness} per W × slots after arrival, and
 * {@code stability} per W changed against the published plan. Zero switches a goal off.
 */
public record PlanningWeights(long criticalEnergy, long energy, long peak, long cost, long carbon, long earliness,
        long stability) {

    public static final PlanningWeights DEFAULTS = new PlanningWeights(1_000, 1, 1, 1, 1, 1, 10);

    public PlanningWeights {
        if (criticalEnergy < 0 || energy < 0 || peak < 0 || cost < 0 || carbon < 0 || earliness < 0 || stability < 0) {
            throw new IllegalArgumentException("planning weights must be >= 0");
        }
    }
}
