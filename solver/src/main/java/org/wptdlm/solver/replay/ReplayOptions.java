package org.wptdlm.solver.replay;

import java.time.Duration;

/**
 * How a replay is priced and how long the Timefold strategy may think.
 *
 * @param tariff charges every strategy's energy (null: no cost or carbon reported)
 * @param plannerSeesPrices whether the planner strategies get the tariff's prices and carbon in their
 *     problems; false measures the same plans' cost without letting them react to it
 * @param improveBudget Timefold's time per re-plan of the {@code dlm-timefold} strategy
 */
public record ReplayOptions(ReplayTariff tariff, boolean plannerSeesPrices, Duration improveBudget) {

    public static final Duration DEFAULT_IMPROVE_BUDGET = Duration.ofMillis(100);
    public static final ReplayOptions NONE = new ReplayOptions(null, false, DEFAULT_IMPROVE_BUDGET);

    /** The tariff the planner plans with, or null. */
    ReplayTariff plannedTariff() {
        return plannerSeesPrices ? tariff : null;
    }
}
