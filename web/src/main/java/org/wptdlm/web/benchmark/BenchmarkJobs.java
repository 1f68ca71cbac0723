package org.wptdlm.web.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.wptdlm.db.benchmark.BenchmarkRunRepository;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.domain.benchmark.BenchmarkParameters;
import org.wptdlm.domain.benchmark.BenchmarkPoint;
import org.wptdlm.domain.benchmark.BenchmarkRun;
import org.wptdlm.domain.benchmark.BenchmarkStatus;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.replay.ReplayInstance;
import org.wptdlm.solver.replay.ReplayResult;
import org.wptdlm.solver.replay.Replayer;

/**
 * Runs one benchmark at a time in the background, step by step (a strategy at a capacity, or a
 * strategy on an instance), so that it can report progress and stop between steps when cancelled.
 * Every run is stored with its parameters; its points are stored when it ends, however it ends.
 */
@Service
public class BenchmarkJobs implements DisposableBean {

    /** The planner's strategies compared on the synthetic instances. */
    public static final List<String> PLANNER_STRATEGIES = List.of(Planner.GREEDY, Planner.TIMEFOLD);
    private static final Logger log = LoggerFactory.getLogger(BenchmarkJobs.class);

    private final BenchmarkRunRepository runs;
    private final BenchmarkData data;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-job");
        thread.setDaemon(true);
        return thread;
    });
    private BenchmarkJob current;

    BenchmarkJobs(BenchmarkRunRepository runs, BenchmarkData data, Clock clock) {
        this.runs = runs;
        this.data = data;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failRunsOfAnEarlierProcess() {
        try {
            int failed = runs.failUnfinished(clock.instant(), "The service stopped while the benchmark ran.");
            if (failed > 0) {
                log.info("{} benchmark runs left running by an earlier process marked as failed", failed);
            }
        } catch (DataAccessException unreachable) {
            // A database outage at start-up must not stop the service; the stale runs stay marked as running.
            log.warn("Benchmark runs of an earlier process not checked: {}", unreachable.toString());
        }
    }

    /**
     * Starts a benchmark; {@link BenchmarkBusyException} while another runs, {@link IllegalArgumentException}
     * for parameters that name no bundled file or no known strategy.
     */
    public synchronized BenchmarkJob.Progress start(BenchmarkParameters parameters) {
        if (current != null && !current.isDone()) {
            throw new BenchmarkBusyException(current.runId());
        }
        int steps = validatedSteps(parameters);
        long runId = runs.start(parameters, clock.instant());
        BenchmarkJob job = new BenchmarkJob(runId, parameters, clock.instant(), steps);
        current = job;
        worker.execute(() -> run(job));
        return job.progress();
    }

    public synchronized Optional<BenchmarkJob.Progress> current() {
        return Optional.ofNullable(current).map(BenchmarkJob::progress);
    }

    /** Asks the running job to stop after its present step; false when none runs. */
    public synchronized boolean cancel() {
        if (current == null || current.isDone()) {
            return false;
        }
        current.cancel();
        return true;
    }

    private int validatedSteps(BenchmarkParameters parameters) {
        if (parameters.strategies().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one strategy.");
        }
        if (parameters.kind() == BenchmarkKind.REPLAY) {
            if (data.sessionFile(parameters.source()).isEmpty()) {
                throw new IllegalArgumentException("There is no bundled session file '" + parameters.source() + "'; choose one of "
                        + data.sessionFiles() + ".");
            }
            if (parameters.capacitiesKw().isEmpty() || parameters.capacitiesKw().stream().anyMatch(kw -> !(kw > 0))) {
                throw new IllegalArgumentException("Give one or more capacities, each above 0 kW.");
            }
            requireKnown(parameters.strategies(), Replayer.STRATEGIES);
            return parameters.capacitiesKw().size() * parameters.strategies().size();
        }
        requireKnown(parameters.strategies(), PLANNER_STRATEGIES);
        if (parameters.timeLimitSeconds() == null || parameters.timeLimitSeconds() < 1) {
            throw new IllegalArgumentException("Give the solver's time per instance, 1 s or more.");
        }
        return data.problemFiles().size() * parameters.strategies().size();
    }

    private static void requireKnown(List<String> strategies, List<String> known) {
        for (String strategy : strategies) {
            if (!known.contains(strategy)) {
                throw new IllegalArgumentException("Unknown strategy '" + strategy + "'; choose from " + known + ".");
            }
        }
    }

    private void run(BenchmarkJob job) {
        BenchmarkStatus status = BenchmarkStatus.FINISHED;
        String failure = null;
        try {
            if (job.parameters().kind() == BenchmarkKind.REPLAY) {
                replay(job);
            } else {
                synthetic(job);
            }
            if (job.cancelRequested()) {
                status = BenchmarkStatus.CANCELLED;
            }
        } catch (RuntimeException e) {
            // A background job has no caller to throw to: the failure is stored with the run and logged.
            log.warn("Benchmark run {} failed", job.runId(), e);
            status = BenchmarkStatus.FAILED;
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            runs.finish(job.runId(), status, clock.instant(), job.points(), failure);
            job.finished();
        }
    }

    private void replay(BenchmarkJob job) {
        BenchmarkParameters parameters = job.parameters();
        job.working("reading " + parameters.source());
        Path file = data.sessionFile(parameters.source()).orElseThrow();
        ReplayInstance instance = ReplayInstance.of(PlanningJson.readReplay(file));
        for (double capacityKw : parameters.capacitiesKw()) {
            for (String strategy : parameters.strategies()) {
                if (job.cancelRequested()) {
                    return;
                }
                String label = kwLabel(capacityKw);
                job.working(strategy + " at " + label);
                ReplayResult result = Replayer.run(instance, strategy, capacityKw, null);
                job.add(new BenchmarkPoint(strategy, label, capacityKw, result.deliveredPercent(), result.peakKw()));
            }
        }
    }

    private void synthetic(BenchmarkJob job) {
        Planner planner = new Planner();
        Duration budget = Duration.ofSeconds(job.parameters().timeLimitSeconds());
        for (Path file : data.problemFiles()) {
            String instance = file.getFileName().toString().replaceFirst("\\.json$", "");
            PlanningProblem problem = PlanningJson.readProblem(file);
            double boundKwh = planner.upperBound(problem);
            for (String strategy : job.parameters().strategies()) {
                if (job.cancelRequested()) {
                    return;
                }
                job.working(strategy + " on " + instance);
                Plan plan = Planner.GREEDY.equals(strategy) ? planner.greedy(problem) : planner.improve(problem, null, budget);
                double percent = boundKwh <= 0 ? 100 : 100 * plan.kpis().weightedEnergyDeliveredKwh() / boundKwh;
                job.add(new BenchmarkPoint(strategy, instance, null, percent, plan.kpis().peakGridKw()));
            }
        }
    }

    static String kwLabel(double kw) {
        return (kw == Math.rint(kw) ? String.format(Locale.ROOT, "%.0f", kw) : String.format(Locale.ROOT, "%.1f", kw)) + " kW";
    }

    public List<BenchmarkRun> latestRuns(int count) {
        return runs.findLatest(count);
    }

    public Optional<BenchmarkRun> run(long id) {
        return runs.findById(id);
    }

    public List<BenchmarkRun> runs(List<Long> ids) {
        return runs.findByIds(ids);
    }

    @Override
    public void destroy() {
        cancel();
        worker.shutdownNow();
    }
}
