package org.wptdlm.db.whatif;

import static org.wptdlm.db.jooq.Tables.WHAT_IF_RUNS;
import static org.wptdlm.db.jooq.Tables.WHAT_IF_SCENARIOS;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.WhatIfScenariosRecord;

/** Saved what-if scenarios and their runs; changes and results are JSON the caller writes and reads. */
@Repository
public class WhatIfRepository {

    private final DSLContext dsl;

    public WhatIfRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the scenario; returns its new id. */
    public long insert(StoredScenario scenario) {
        return dsl.insertInto(WHAT_IF_SCENARIOS)
                .set(WHAT_IF_SCENARIOS.HUB_ID, scenario.hubId())
                .set(WHAT_IF_SCENARIOS.NAME, scenario.name())
                .set(WHAT_IF_SCENARIOS.CHANGES, JSONB.valueOf(scenario.changesJson()))
                .set(WHAT_IF_SCENARIOS.CREATED_BY, scenario.createdBy())
                .set(WHAT_IF_SCENARIOS.CREATED_AT, scenario.createdAt())
                .returningResult(WHAT_IF_SCENARIOS.ID)
                .fetchSingle(WHAT_IF_SCENARIOS.ID);
    }

    public Optional<StoredScenario> findScenario(long id) {
        return dsl.selectFrom(WHAT_IF_SCENARIOS)
                .where(WHAT_IF_SCENARIOS.ID.eq(id))
                .fetchOptional()
                .map(WhatIfRepository::toScenario);
    }

    /** Newest first; every hub's when {@code hubId} is null. */
    public List<StoredScenario> findScenarios(String hubId, int limit) {
        return dsl.selectFrom(WHAT_IF_SCENARIOS)
                .where(hubId == null ? WHAT_IF_SCENARIOS.HUB_ID.isNotNull() : WHAT_IF_SCENARIOS.HUB_ID.eq(hubId))
                .orderBy(WHAT_IF_SCENARIOS.CREATED_AT.desc(), WHAT_IF_SCENARIOS.ID.desc())
                .limit(limit)
                .fetch(WhatIfRepository::toScenario);
    }

    public boolean deleteScenario(long id) {
        return dsl.deleteFrom(WHAT_IF_SCENARIOS)
                .where(WHAT_IF_SCENARIOS.ID.eq(id))
                .execute() > 0;
    }

    /** Stores the run (its summary's id is ignored); returns its new id. */
    public long insert(StoredRun run) {
        RunSummary summary = run.summary();
        return dsl.insertInto(WHAT_IF_RUNS)
                .set(WHAT_IF_RUNS.SCENARIO_ID, summary.scenarioId())
                .set(WHAT_IF_RUNS.RAN_BY, summary.ranBy())
                .set(WHAT_IF_RUNS.RAN_AT, summary.ranAt())
                .set(WHAT_IF_RUNS.SOLVE_TIME_MS, summary.solveTimeMs())
                .set(WHAT_IF_RUNS.STRATEGY, summary.strategy())
                .set(WHAT_IF_RUNS.ENERGY_DELIVERED_KWH, summary.energyDeliveredKwh())
                .set(WHAT_IF_RUNS.CRITICAL_NEEDS_LOST, summary.criticalNeedsLost())
                .set(WHAT_IF_RUNS.RESULT, JSONB.valueOf(run.resultJson()))
                .returningResult(WHAT_IF_RUNS.ID)
                .fetchSingle(WHAT_IF_RUNS.ID);
    }

    public Optional<StoredRun> findLatestRun(long scenarioId) {
        return runs(WHAT_IF_RUNS.SCENARIO_ID.eq(scenarioId)).stream().findFirst();
    }

    public Optional<StoredRun> findRun(long scenarioId, long runId) {
        return runs(WHAT_IF_RUNS.SCENARIO_ID.eq(scenarioId).and(WHAT_IF_RUNS.ID.eq(runId))).stream().findFirst();
    }

    /** Newest first. */
    public List<RunSummary> findRunSummaries(long scenarioId) {
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

    /** The newest run matching {@code condition}, as a list of at most one. */
    private List<StoredRun> runs(Condition condition) {
        return dsl.selectFrom(WHAT_IF_RUNS)
                .where(condition)
                .orderBy(WHAT_IF_RUNS.RAN_AT.desc(), WHAT_IF_RUNS.ID.desc())
                .limit(1)
                .fetch(row -> new StoredRun(new RunSummary(row.getId(), row.getScenarioId(), row.getRanBy(), row.getRanAt(),
                        row.getSolveTimeMs(), row.getStrategy(), row.getEnergyDeliveredKwh(), row.getCriticalNeedsLost()),
                        row.getResult().data()));
    }

    private static StoredScenario toScenario(WhatIfScenariosRecord row) {
        return new StoredScenario(row.getId(), row.getHubId(), row.getName(), row.getChanges().data(), row.getCreatedBy(),
                row.getCreatedAt());
    }
}
