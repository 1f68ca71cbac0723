package org.wptdlm.web.whatif;

import java.util.List;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.solver.whatif.ScenarioComparison;
import org.wptdlm.solver.whatif.VehicleDifference;

/**
 * A solved scenario beside the plan the hub follows: key figures of both, both plans' grid draw as
 * charts on one scale, and what changes for each vehicle.
 *
 * @param scenarioId the saved scenario, for the API ({@code /api/what-if/scenarios/{id}})
 */
record WhatIfResult(
        long scenarioId,
        String name,
        String hubId,
        Kpis currentKpis,
        Kpis scenarioKpis,
        ScenarioComparison comparison,
        String currentChartJson,
        String scenarioChartJson) {

    /** Vehicles that lose energy first, then by how much changes: what an operator must act on. */
    public List<VehicleDifference> vehiclesWorstFirst() {
        return comparison.vehicles().stream()
                .sorted((a, b) -> Double.compare(a.energyDeltaKwh(), b.energyDeltaKwh()))
                .toList();
    }

    public double energyDeltaKwh() {
        return comparison.scenarioEnergyKwh() - comparison.currentEnergyKwh();
    }

    /** CSS tone of a change: red when a vehicle gets less or loses its critical need, green when more. */
    public String tone(VehicleDifference vehicle) {
        if ("lost".equals(criticalLabel(vehicle)) || vehicle.change() == VehicleDifference.Change.LESS) {
            return "bad";
        }
        return vehicle.change() == VehicleDifference.Change.MORE ? "ok" : "idle";
    }

    /** Whether the vehicle's must-have energy is delivered, and how that changes: lost, gained, met or short. */
    public String criticalLabel(VehicleDifference vehicle) {
        VehicleDifference.Side before = vehicle.current();
        VehicleDifference.Side after = vehicle.scenario();
        if (after == null) {
            return "not in scenario";
        }
        if (before != null && before.criticalNeedMet() != after.criticalNeedMet()) {
            return after.criticalNeedMet() ? "gained" : "lost";
        }
        return after.criticalNeedMet() ? "met" : "short";
    }

    public String criticalTone(VehicleDifference vehicle) {
        return switch (criticalLabel(vehicle)) {
            case "lost", "short" -> "bad";
            case "gained" -> "ok";
            default -> "idle";
        };
    }
}
