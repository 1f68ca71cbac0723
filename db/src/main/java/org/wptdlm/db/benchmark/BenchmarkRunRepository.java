package org.wptdlm.db.benchmark;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.wptdlm.db.jooq.Tables.BENCHMARK_POINTS;
import static org.wptdlm.db.jooq.Tables.BENCHMARK_RUNS;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.domain.benchmark.BenchmarkParameters;
import org.wptdlm.domain.benchmark.BenchmarkPoint;
import org.wptdlm.domain.benchmark.BenchmarkRun;
import org.wptdlm.domain.benchmark.BenchmarkStatus;

/** Benchmark runs started from the dashboard, with their parameters and result points. */
@Repository
public class BenchmarkRunRepository {

    private final DSLContext dsl;

    public BenchmarkRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new run in state RUNNING; returns its id. */
    public long start(BenchmarkParameters parameters, Instant startedAt) {
        return dsl.insertInto(BENCHMARK_RUNS)
                .set(BENCHMARK_RUNS.KIND, parameters.kind().name())
                .set(BENCHMARK_RUNS.SOURCE, parameters.source())
                .set(BENCHMARK_RUNS.CAPACITIES_KW, parameters.capacitiesKw().toArray(Double[]::new))
                .set(BENCHMARK_RUNS.STRATEGIES, parameters.strategies().toArray(String[]::new))
                .set(BENCHMARK_RUNS.TIME_LIMIT_SECONDS, parameters.timeLimitSeconds())
                .set(BENCHMARK_RUNS.STATUS, BenchmarkStatus.RUNNING.name())
                .set(BENCHMARK_RUNS.STARTED_AT, startedAt)
                .returning(BENCHMARK_RUNS.ID)
                .fetchOne(BENCHMARK_RUNS.ID);
    }

    /** Records how the run ended and every point it measured. */
    @Transactional
    public void finish(long id, BenchmarkStatus status, Instant finishedAt, List<BenchmarkPoint> points, String failure) {
        dsl.update(BENCHMARK_RUNS)
                .set(BENCHMARK_RUNS.STATUS, status.name())
                .set(BENCHMARK_RUNS.FINISHED_AT, finishedAt)
                .set(BENCHMARK_RUNS.FAILURE, failure)
                .where(BENCHMARK_RUNS.ID.eq(id))
                .execute();
        var insert = dsl.insertInto(BENCHMARK_POINTS, BENCHMARK_POINTS.RUN_ID, BENCHMARK_POINTS.POSITION,
                BENCHMARK_POINTS.STRATEGY, BENCHMARK_POINTS.LABEL, BENCHMARK_POINTS.CAPACITY_KW,
                BENCHMARK_POINTS.ENERGY_PERCENT, BENCHMARK_POINTS.PEAK_KW);
        for (int position = 0; position < points.size(); position++) {
            BenchmarkPoint point = points.get(position);
            insert = insert.values(id, position, point.strategy(), point.label(), point.capacityKw(), point.energyPercent(),
                    point.peakKw());
        }
        if (!points.isEmpty()) {
            insert.execute();
        }
    }

    /** Runs still marked RUNNING (a service stopped during a run) become FAILED: nothing runs them any more. */
    public int failUnfinished(Instant now, String failure) {
        return dsl.update(BENCHMARK_RUNS)
                .set(BENCHMARK_RUNS.STATUS, BenchmarkStatus.FAILED.name())
                .set(BENCHMARK_RUNS.FINISHED_AT, now)
                .set(BENCHMARK_RUNS.FAILURE, failure)
                .where(BENCHMARK_RUNS.STATUS.eq(BenchmarkStatus.RUNNING.name()))
                .execute();
    }

    /** The newest {@code limit} runs, newest first, with their points (one query). */
    public List<BenchmarkRun> findLatest(int limit) {
        return find(BENCHMARK_RUNS.ID.isNotNull(), limit);
    }

    public Optional<BenchmarkRun> findById(long id) {
        return find(BENCHMARK_RUNS.ID.eq(id), 1).stream().findFirst();
    }

    /** The runs with these ids, newest first. */
    public List<BenchmarkRun> findByIds(Collection<Long> ids) {
        return find(BENCHMARK_RUNS.ID.in(ids), Math.max(1, ids.size()));
    }

    private List<BenchmarkRun> find(Condition condition, int limit) {
        Field<List<BenchmarkPoint>> points = multiset(select(BENCHMARK_POINTS.STRATEGY, BENCHMARK_POINTS.LABEL,
                        BENCHMARK_POINTS.CAPACITY_KW, BENCHMARK_POINTS.ENERGY_PERCENT, BENCHMARK_POINTS.PEAK_KW)
                .from(BENCHMARK_POINTS)
                .where(BENCHMARK_POINTS.RUN_ID.eq(BENCHMARK_RUNS.ID))
                .orderBy(BENCHMARK_POINTS.POSITION))
                .convertFrom(rows -> rows.map(Records.mapping(BenchmarkPoint::new)));
        return dsl.select(BENCHMARK_RUNS.ID, BENCHMARK_RUNS.KIND, BENCHMARK_RUNS.SOURCE, BENCHMARK_RUNS.CAPACITIES_KW,
                        BENCHMARK_RUNS.STRATEGIES, BENCHMARK_RUNS.TIME_LIMIT_SECONDS, BENCHMARK_RUNS.STATUS,
                        BENCHMARK_RUNS.STARTED_AT, BENCHMARK_RUNS.FINISHED_AT, BENCHMARK_RUNS.FAILURE, points)
                .from(BENCHMARK_RUNS)
                .where(condition)
                .orderBy(BENCHMARK_RUNS.STARTED_AT.desc(), BENCHMARK_RUNS.ID.desc())
                .limit(limit)
                .fetch(row -> new BenchmarkRun(row.get(BENCHMARK_RUNS.ID),
                        new BenchmarkParameters(BenchmarkKind.valueOf(row.get(BENCHMARK_RUNS.KIND)), row.get(BENCHMARK_RUNS.SOURCE),
                                Arrays.asList(row.get(BENCHMARK_RUNS.CAPACITIES_KW)), Arrays.asList(row.get(BENCHMARK_RUNS.STRATEGIES)),
                                row.get(BENCHMARK_RUNS.TIME_LIMIT_SECONDS)),
                        BenchmarkStatus.valueOf(row.get(BENCHMARK_RUNS.STATUS)), row.get(BENCHMARK_RUNS.STARTED_AT),
                        row.get(BENCHMARK_RUNS.FINISHED_AT), row.get(points), row.get(BENCHMARK_RUNS.FAILURE)));
    }
}
