package org.wptdlm.web.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.db.whatif.RunSummary;
import org.wptdlm.db.whatif.StoredRun;
import org.wptdlm.db.whatif.StoredScenario;
import org.wptdlm.db.whatif.WhatIfRepository;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.whatif.ScenarioChanges;
import org.wptdlm.solver.whatif.VehicleBattery;

/** Saved scenarios and their runs, kept by the db's repository as JSON in the planning files' own format. */
@Component
class WhatIfStore {

    private static final ObjectMapper JSON = PlanningJson.mapper();

    private final WhatIfRepository repository;
    private final VehicleRepository vehicles;

    WhatIfStore(WhatIfRepository repository, VehicleRepository vehicles) {
        this.repository = repository;
        this.vehicles = vehicles;
    }

    Scenario insert(Scenario scenario) {
        return scenario.withId(repository.insert(new StoredScenario(null, scenario.hubId(), scenario.name(),
                write(scenario.changes()), scenario.createdBy(), scenario.createdAt())));
    }

    Optional<Scenario> findScenario(long id) {
        return repository.findScenario(id).map(WhatIfStore::toScenario);
    }

    /** Newest first; every hub's when {@code hubId} is null. */
    List<Scenario> findScenarios(String hubId, int limit) {
        return repository.findScenarios(hubId, limit).stream().map(WhatIfStore::toScenario).toList();
    }

    boolean deleteScenario(long id) {
        return repository.deleteScenario(id);
    }

    ScenarioRun insert(ScenarioRun run) {
        RunSummary summary = new RunSummary(0, run.scenarioId(), run.ranBy(), run.ranAt(), run.plan().kpis().solveTimeMillis(),
                run.plan().strategy(), run.plan().kpis().energyDeliveredKwh(), run.comparison().criticalNeedsLost());
        return run.withId(repository.insert(new StoredRun(summary, write(run.result()))));
    }

    Optional<ScenarioRun> findLatestRun(long scenarioId) {
        return repository.findLatestRun(scenarioId).map(WhatIfStore::toRun);
    }

    Optional<ScenarioRun> findRun(long scenarioId, long runId) {
        return repository.findRun(scenarioId, runId).map(WhatIfStore::toRun);
    }

    /** Newest first. */
    List<RunSummary> findRunSummaries(long scenarioId) {
        return repository.findRunSummaries(scenarioId);
    }

    /** Battery capacity and last known SoC of those of the vehicles whose SoC is known. */
    Map<String, VehicleBattery> batteries(Collection<String> vehicleIds) {
        return vehicles.findAllById(vehicleIds).stream()
                .filter(vehicle -> vehicle.socPercent() != null)
                .collect(Collectors.toMap(vehicle -> vehicle.id(),
                        vehicle -> new VehicleBattery(vehicle.batteryCapacityKwh(), vehicle.socPercent())));
    }

    private static Scenario toScenario(StoredScenario stored) {
        return new Scenario(stored.id(), stored.hubId(), stored.name(), read(stored.changesJson(), ScenarioChanges.class),
                stored.createdBy(), stored.createdAt());
    }

    private static ScenarioRun toRun(StoredRun stored) {
        RunSummary summary = stored.summary();
        ScenarioRun.Result result = read(stored.resultJson(), ScenarioRun.Result.class);
        return new ScenarioRun(summary.id(), summary.scenarioId(), summary.ranBy(), summary.ranAt(), result.problem(),
                result.plan(), result.currentKpis(), result.comparison());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
