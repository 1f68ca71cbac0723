package org.wptdlm.web.whatif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.solver.whatif.VehicleDifference;

/**
 * Scenarios side by side, each by its latest run: KPIs in columns, and per vehicle the energy each
 * scenario gives it (null where the vehicle is not in the scenario) and whether its critical need is met.
 */
record ScenarioComparisonView(List<Column> scenarios, List<VehicleRow> vehicles) {

    record Column(long scenarioId, String name, String hubId, long runId, Instant ranAt, Kpis kpis, Kpis currentKpis,
            int criticalNeedsLost, int criticalNeedsGained) {
    }

    record VehicleRow(String vehicleId, List<Double> energyKwh, List<Boolean> criticalNeedMet) {
    }

    static ScenarioComparisonView of(List<Scenario> scenarios, List<ScenarioRun> runs) {
        List<Column> columns = new ArrayList<>();
        Map<String, VehicleRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            ScenarioRun run = runs.get(i);
            columns.add(new Column(scenario.id(), scenario.name(), scenario.hubId(), run.id(), run.ranAt(), run.plan().kpis(),
                    run.currentKpis(), run.comparison().criticalNeedsLost(), run.comparison().criticalNeedsGained()));
            for (VehicleDifference vehicle : run.comparison().vehicles()) {
                VehicleRow row = rows.computeIfAbsent(vehicle.vehicleId(), id -> new VehicleRow(id,
                        new ArrayList<>(nulls(scenarios.size())), new ArrayList<>(nulls(scenarios.size()))));
                if (vehicle.scenario() != null) {
                    row.energyKwh().set(i, vehicle.scenario().energyKwh());
                    row.criticalNeedMet().set(i, vehicle.scenario().criticalNeedMet());
                }
            }
        }
        return new ScenarioComparisonView(columns, List.copyOf(rows.values()));
    }

    private static <T> List<T> nulls(int size) {
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }
}
