package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.generator.InstanceSize;
import org.wptdlm.solver.generator.SyntheticProblemGenerator;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Local search from a start allocation until a deadline. The solver factory is built once (it
 * compiles the constraints); each call builds its own solver, so calls may run in parallel. If
 * solving fails the start allocation comes back unchanged: the caller always has a plan.
 */
public final class TimefoldPlanner {

    private static final Logger log = LoggerFactory.getLogger(TimefoldPlanner.class);

    /** A search shorter than this cannot take a step on a hub big enough to need one. */
    private static final long MIN_SEARCH_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** How often the watchdog looks again when the deadline came before the solver started. */
    private static final long RETRY_MILLIS = 5;

    /**
     * A search starts only with this many setups' time left: a setup that takes longer than measured
     * (the load rose) runs past the deadline, and little search time after a long setup gains little.
     * On the large instance at load 10 one took 4.4 s, then local search 0.6 s to start.
     */
    private static final double SETUP_FACTOR = 1.5;

    /** Ends solvers at their deadline; one daemon thread for all planners, it only flips a flag. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "timefold-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Timefold's setup before local search starts (building its score session, cloning and scoring the plan)
     * per power cell, first guessed, then measured: it cannot be cut short, so a search whose time left
     * is less than that setup would only overrun the deadline without searching. The guess is the
     * first, cold setup on the medium instance under load (1.1 s for 5,782 cells); later ones were 50-100
     * µs per cell. Racy updates between parallel calls only lose a sample.
     */
    private volatile double setupNanosPerCell = 200_000;
    /**
     * Only setups of this many cells teach the estimate: on a small hub a fixed part dominates (a 1-cell
     * hub took 0.4 s), which per cell would stop all later searches on big hubs.
     */
    private static final int MIN_CELLS_TO_LEARN = 1_000;
    /** Whether this JVM has run Timefold once (see {@link #warmUp}). */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();
    private static final long WARM_UP_MILLIS = 20;

    private final SolverFactory<ChargePlan> solverFactory = SolverFactory.create(SolverConfigs.greedyThenLocalSearch());
    private final PlanningWeights weights;

    public TimefoldPlanner(PlanningWeights weights) {
        this.weights = weights;
        if (WARMED_UP.compareAndSet(false, true)) {
            warmUp();
        }
    }

    /**
     * Solves a tiny generated problem once per JVM: the first solve loads Timefold's classes and builds
     * its code paths, 0.35-0.45 s even for 6 cells, which would overrun a first short budget (a 2 s
     * `plan` on small took 2.4 s).
     */
    private void warmUp() {
        IndexedProblem tiny = IndexedProblem.of(new SyntheticProblemGenerator(1).generate(new InstanceSize("warm-up", 2, 1, 4)));
        ChargePlan plan = ChargePlanBuilder.build(tiny, new GreedyPlanner().solve(tiny), true, null, weights);
        try {
            solverFactory.buildSolver(new SolverConfigOverride<ChargePlan>()
                    .withTerminationSpentLimit(Duration.ofMillis(WARM_UP_MILLIS))).solve(plan);
        } catch (RuntimeException e) {
            log.warn("Timefold warm-up failed; the first search will start cold", e);
        }
    }

    /** The improved allocation and the score of the Timefold model as text (hard/medium/soft). */
    public record Result(Allocation allocation, String score) {
    }

    /**
     * Local search from {@code start} that ends at {@code deadlineNanos} ({@link System#nanoTime}); with
     * less than 10 ms left, or less than Timefold's setup takes, the start comes back without a search. Timefold's spent limit runs on its own
     * clock, which starts only after it has built its score session and cloned and scored the working
     * solution: 0.8 to 2.6 s on the large instance under load, all past the limit. So a watchdog calls
     * {@link Solver#terminateEarly()} at the deadline itself; Timefold checks that between moves and
     * returns its best solution, already cloned. The spent limit stays as a backstop.
     */
    public Result improve(IndexedProblem problem, Allocation start, Allocation published, long deadlineNanos) {
        ChargePlan plan = ChargePlanBuilder.build(problem, start, true, published, weights);
        if (plan.getCells().stream().allMatch(cell -> cell.getMaxW() == 0)) {
            return new Result(start, null);
        }
        long started = System.nanoTime();
        long leftNanos = deadlineNanos - started;
        int cells = plan.getCells().size();
        if (leftNanos < MIN_SEARCH_NANOS || leftNanos < SETUP_FACTOR * setupNanosPerCell * cells) {
            log.info("No time for local search on hub {} ({} sessions, {} cells): {} ms left, its setup takes about {} ms",
                    problem.source().hub().id(), problem.sessions(), cells, leftNanos / 1_000_000,
                    (long) (setupNanosPerCell * cells / 1_000_000));
            return new Result(start, null);
        }
        AtomicReference<ScheduledFuture<?>> watchdog = new AtomicReference<>();
        try {
            double startKwh = deliveredKwh(plan);
            // The spent limit (whole ms, Timefold refuses finer) is only a backstop to the watchdog.
            Solver<ChargePlan> solver = solverFactory.buildSolver(
                    new SolverConfigOverride<ChargePlan>().withTerminationSpentLimit(Duration.ofMillis(leftNanos / 1_000_000)));
            watchdog.set(WATCHDOG.schedule(() -> terminate(solver, watchdog), leftNanos, TimeUnit.NANOSECONDS));
            ShiftPowerMoveFactory.SEARCH_STARTED_NANOS.remove();
            ChargePlan best = solver.solve(plan);
            Long searchStarted = ShiftPowerMoveFactory.SEARCH_STARTED_NANOS.get();
            if (searchStarted != null && cells >= MIN_CELLS_TO_LEARN) {
                // Half old, half new: follows the JIT warming up and the machine's load changing.
                setupNanosPerCell = (setupNanosPerCell + (double) (searchStarted - started) / cells) / 2;
            }
            log.info("Local search on hub {} ({} sessions, {} cells) in {} of {} ms: score {}, energy {} kWh",
                    problem.source().hub().id(), problem.sessions(), cells,
                    (System.nanoTime() - started) / 1_000_000, leftNanos / 1_000_000, best.getScore(),
                    String.format(Locale.ROOT, "%+.3f", deliveredKwh(best) - startKwh));
            return new Result(ChargePlanBuilder.toAllocation(best), best.getScore().toString());
        } catch (RuntimeException e) {
            log.error("Timefold failed on hub {} ({} sessions); keeping the start plan", problem.source().hub().id(),
                    problem.sessions(), e);
            return new Result(start, null);
        } finally {
            synchronized (watchdog) {
                ScheduledFuture<?> pending = watchdog.getAndSet(null);
                if (pending != null) {
                    pending.cancel(false);
                }
            }
        }
    }

    /**
     * Ends the solver, or, when it has not started solving yet (solve() would clear an earlier request),
     * looks again shortly. Stops once {@link #improve} has cleared the reference.
     */
    private static void terminate(Solver<ChargePlan> solver, AtomicReference<ScheduledFuture<?>> watchdog) {
        synchronized (watchdog) {
            if (watchdog.get() == null) {
                return;
            }
            if (solver.isSolving()) {
                solver.terminateEarly();
            } else {
                watchdog.set(WATCHDOG.schedule(() -> terminate(solver, watchdog), RETRY_MILLIS, TimeUnit.MILLISECONDS));
            }
        }
    }

    private static double deliveredKwh(ChargePlan plan) {
        double slotHours = plan.getProblem().slotHours();
        return plan.getCells().stream().mapToLong(PowerCell::wattsOrZero).sum() * slotHours / 1000.0;
    }
}
