package org.wptdlm.solver.whatif;

import java.util.List;

/**
 * A scenario's plan against the current plan: per vehicle, and in totals.
 *
 * @param criticalNeedsLost vehicles whose must-have energy the current plan delivers and the scenario does not
 * @param criticalNeedsGained the other way round
 */
public record ScenarioComparison(
        double currentEnergyKwh,
        double scenarioEnergyKwh,
        int criticalNeedsLost,
        int criticalNeedsGained,
        List<VehicleDifference> vehicles) {

    public ScenarioComparison {
        vehicles = List.copyOf(vehicles);
    }
}
