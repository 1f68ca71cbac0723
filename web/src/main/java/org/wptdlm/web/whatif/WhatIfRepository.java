package org.wptdlm.web.whatif;

import static org.wptdlm.db.jooq.Tables.VEHICLES;
import static org.wptdlm.db.jooq.Tables.WHAT_IF_RUNS;
import static org.wptdlm.db.jooq.Tables.WHAT_IF_SCENARIOS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.WhatIfRunsRecord;
import org.wptdlm.db.jooq.tables.records.WhatIfScenariosRecord;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.whatif.ScenarioChanges;
import org.wptdlm.solver.whatif.VehicleBattery;

/** Saved scenarios and their runs; changes and results are JSON in the planning files' own format. */
@Repository
class WhatIfRepository {

    private static final ObjectMapper JSON = PlanningJson.mapper();

    private final DSLContext dsl;

    WhatIfRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Scenario insert(Scenario scenario) {
        long id = dsl.insertInto(WHAT_IF_SCENARIOS)
                .set(WHAT_IF_SCENARIOS.HUB_ID, scenario.hubId())
                .set(WHAT_IF_SCENARIOS.NAME, scenario.name())
                .set(WHAT_IF_SCENARIOS.CHANGES, JSONB.valueOf(write(scenario.changes())))
                .set(WHAT_IF_SCENARIOS.CREATED_BY, scenario.createdBy())
                .set(WHAT_IF_SCENARIOS.CREATED_AT, scenario.createdAt())
                .returningResult(WHAT_IF_SCENARIOS.ID)
                .fetchSingle(WHAT_IF_SCENARIOS.ID);
        return scenario.withId(id);
    }

    Optional<Scenario> findScenario(long id) {
        return dsl.selectFrom(WHAT_IF_SCENARIOS)
                .where(WHAT_IF_SCENARIOS.ID.eq(id))
                .fetchOptional()
                .map(WhatIfRepository::toScenario);
    }

    /** Newest first; every hub's when {@code hubId} is null. */
    List<Scenario> findScenarios(String hubId, int limit) {
        return dsl.selectFrom(WHAT_IF_SCENARIOS)
                .where(hubId == null ? WHAT_IF_SCENARIOS.HUB_ID.isNotNull() : WHAT_IF_SCENARIOS.HUB_ID.eq(hubId))
                .orderBy(WHAT_IF_SCENARIOS.CREATED_AT.desc(), WHAT_IF_SCENARIOS.ID.desc())
                .limit(limit)
                .fetch(WhatIfRepository::toScenario);
    }

    boolean deleteScenario(long id) {
        return dsl.deleteFrom(WHAT_IF_SCENARIOS)
                .where(WHAT_IF_SCENARIOS.ID.eq(id))
                .execute() > 0;
    }

    ScenarioRun insert(ScenarioRun run) {
        long id = dsl.insertInto(WHAT_IF_RUNS)
                .set(WHAT_IF_RUNS.SCENARIO_ID, run.scenarioId())
                .set(WHAT_IF_RUNS.RAN_BY, run.ranBy())
                .set(WHAT_IF_RUNS.RAN_AT, run.ranAt())
                .set(WHAT_IF_RUNS.SOLVE_TIME_MS, run.plan().kpis().solveTimeMillis())
                .set(WHAT_IF_RUNS.STRATEGY, run.plan().strategy())
                .set(WHAT_IF_RUNS.ENERGY_DELIVERED_KWH, run.plan().kpis().energyDeliveredKwh())
                .set(WHAT_IF_RUNS.CRITICAL_NEEDS_LOST, run.comparison().criticalNeedsLost())
                .set(WHAT_IF_RUNS.RESULT, JSONB.valueOf(write(run.result())))
                .returningResult(WHAT_IF_RUNS.ID)
                .fetchSingle(WHAT_IF_RUNS.ID);
        return run.withId(id);
    }

    Optional<ScenarioRun> findLatestRun(long scenarioId) {
        return dsl.selectFrom(WHAT_IF_RUNS)
                .where(WHAT_IF_RUNS.SCENARIO_ID.eq(scenarioId))
                .orderBy(WHAT_IF_RUNS.RAN_AT.desc(), WHAT_IF_RUNS.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(WhatIfRepository::toRun);
    }

    Optional<ScenarioRun> findRun(long scenarioId, long runId) {
        return dsl.selectFrom(WHAT_IF_RUNS)
                .where(WHAT_IF_RUNS.SCENARIO_ID.eq(scenarioId))
                .and(WHAT_IF_RUNS.ID.eq(runId))
                .fetchOptional()
                .map(WhatIfRepository::toRun);
    }

    /** Newest first. */
    List<RunSummary> findRunSummaries(long scenarioId) {
        return dsl.select(
                        WHAT_IF_RUNS.ID,
                        WHAT_IF_RUNS.SCENARIO_ID,
                        WHAT_IF_RUNS.RAN_BY,
                        WHAT_IF_RUNS.RAN_AT,
                        WHAT_IF_RUNS.SOLVE_TIME_MS,
                        WHAT_IF_RUNS.STRATEGY,
                        WHAT_IF_RUNS.ENERGY_DELIVERED_KWH,
                        WHAT_IF_RUNS.CRITICAL_NEEDS_LOST)
                .from(WHAT_IF_RUNS)
                .where(WHAT_IF_RUNS.SCENARIO_ID.eq(scenarioId))
                .orderBy(WHAT_IF_RUNS.RAN_AT.desc(), WHAT_IF_RUNS.ID.desc())
                .fetch(Records.mapping(RunSummary::new));
    }

    /** Battery capacity and last known SoC of those of the vehicles whose SoC is known. */
    Map<String, VehicleBattery> batteries(Collection<String> vehicleIds) {
        return dsl.select(VEHICLES.ID, VEHICLES.BATTERY_CAPACITY_KWH, VEHICLES.SOC_PERCENT)
                .from(VEHICLES)
                .where(VEHICLES.ID.in(vehicleIds))
                .and(VEHICLES.SOC_PERCENT.isNotNull())
                .fetchMap(VEHICLES.ID, Records.mapping((id, capacityKwh, socPercent) -> new VehicleBattery(capacityKwh, socPercent)));
    }

    private static Scenario toScenario(WhatIfScenariosRecord row) {
        return new Scenario(row.getId(), row.getHubId(), row.getName(), read(row.getChanges(), ScenarioChanges.class),
                row.getCreatedBy(), row.getCreatedAt());
    }

    private static ScenarioRun toRun(WhatIfRunsRecord row) {
        ScenarioRun.Result result = read(row.getResult(), ScenarioRun.Result.class);
        return new ScenarioRun(row.getId(), row.getScenarioId(), row.getRanBy(), row.getRanAt(), result.problem(),
                result.plan(), result.currentKpis(), result.comparison());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(JSONB json, Class<T> type) {
        try {
            return JSON.readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
