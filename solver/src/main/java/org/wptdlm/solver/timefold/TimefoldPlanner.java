package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Local search from a start allocation within a time budget. The solver factory is built once (it
 * compiles the constraints); each call builds its own solver, so calls may run in parallel. If
 * solving fails the start allocation comes back unchanged: the caller always has a plan.
 */
public final class TimefoldPlanner {

    private static final Logger log = LoggerFactory.getLogger(TimefoldPlanner.class);

    private final SolverFactory<ChargePlan> solverFactory = SolverFactory.create(SolverConfigs.greedyThenLocalSearch());
    private final SolutionManager<ChargePlan, HardMediumSoftLongScore> solutionManager = SolutionManager.create(solverFactory);
    private final PlanningWeights weights;

    public TimefoldPlanner(PlanningWeights weights) {
        this.weights = weights;
    }

    /** The improved allocation and the score of the Timefold model as text (hard/medium/soft). */
    public record Result(Allocation allocation, String score) {
    }

    public Result improve(IndexedProblem problem, Allocation start, Allocation published, Duration budget) {
        ChargePlan plan = ChargePlanBuilder.build(problem, start, true, published, weights);
        if (plan.getCells().stream().allMatch(cell -> cell.getMaxW() == 0)) {
            return new Result(start, null);
        }
        try {
            HardMediumSoftLongScore startScore = solutionManager.update(plan);
            double startKwh = deliveredKwh(plan);
            long started = System.nanoTime();
            Solver<ChargePlan> solver = solverFactory.buildSolver(
                    new SolverConfigOverride<ChargePlan>().withTerminationSpentLimit(budget));
            ChargePlan best = solver.solve(plan);
            log.info("Local search on hub {} ({} sessions, {} cells) in {} ms: score {} -> {} (gain {}), energy {} kWh",
                    problem.source().hub().id(), problem.sessions(), best.getCells().size(),
                    (System.nanoTime() - started) / 1_000_000, startScore, best.getScore(), best.getScore().subtract(startScore),
                    String.format(Locale.ROOT, "%+.3f", deliveredKwh(best) - startKwh));
            return new Result(ChargePlanBuilder.toAllocation(best), best.getScore().toString());
        } catch (RuntimeException e) {
            log.error("Timefold failed on hub {} ({} sessions); keeping the start plan", problem.source().hub().id(),
                    problem.sessions(), e);
            return new Result(start, null);
        }
    }

    private static double deliveredKwh(ChargePlan plan) {
        double slotHours = plan.getProblem().slotHours();
        return plan.getCells().stream().mapToLong(PowerCell::wattsOrZero).sum() * slotHours / 1000.0;
    }
}
