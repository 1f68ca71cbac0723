package org.wptdlm.solver;

import java.time.Duration;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.PlanningProblemValidator;
import org.wptdlm.solver.bound.LpBound;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;
import org.wptdlm.solver.timefold.TimefoldPlanner;

/**
 * The planning engine's facade for the live loop and the command line. Thread-safe: every call works
 * on its own copies; no Spring. {@link #greedy} answers in milliseconds (publish it at once);
 * {@link #improve} spends up to a time budget on Timefold local search from a warm start; if that
 * ends with less critical or weighted energy than the warm start (beyond 0.1 % of whole-watt rounding),
 * the warm start comes back instead.
 *
 * @throws org.wptdlm.domain.planning.InvalidProblemException from both methods, naming the bad field
 */
public final class Planner {

    public static final String GREEDY = "greedy";
    public static final String TIMEFOLD = "timefold";

    /** Share of energy the whole-watt rounding of a warm start may cost before the warm start is kept instead. */
    private static final double ROUNDING_SHARE = 1e-3;

    private final GreedyPlanner greedyPlanner = new GreedyPlanner();
    private final TimefoldPlanner timefoldPlanner;

    public Planner() {
        this(PlanningWeights.DEFAULTS);
    }

    public Planner(PlanningWeights weights) {
        timefoldPlanner = new TimefoldPlanner(weights);
    }

    public Plan greedy(PlanningProblem problem) {
        PlanningProblemValidator.requireValid(problem);
        long started = System.nanoTime();
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation allocation = greedyPlanner.solve(indexed);
        return PlanFactory.toPlan(indexed, allocation, GREEDY, elapsedMillis(started), null);
    }

    /**
     * Improves {@code warmStart} (or the greedy plan when null) for at most {@code budget}. The warm
     * start is also the published plan that the stability goal keeps changes against.
     */
    public Plan improve(PlanningProblem problem, Plan warmStart, Duration budget) {
        PlanningProblemValidator.requireValid(problem);
        long started = System.nanoTime();
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation start = warmStart == null ? greedyPlanner.solve(indexed) : PlanFactory.toAllocation(indexed, warmStart);
        TimefoldPlanner.Result result = timefoldPlanner.improve(indexed, start, warmStart == null ? null : start, budget);
        Plan improved = PlanFactory.toPlan(indexed, result.allocation(), TIMEFOLD, elapsedMillis(started), result.score());
        Plan startPlan = PlanFactory.toPlan(indexed, start, TIMEFOLD, elapsedMillis(started), null);
        return lostEnergy(improved, startPlan) ? startPlan : improved;
    }

    /**
     * Whether local search ended with less critical or priority-weighted energy than it started with,
     * beyond the rounding to whole watts that the Timefold model works in.
     */
    private static boolean lostEnergy(Plan improved, Plan start) {
        double criticalLost = start.kpis().criticalEnergyDeliveredKwh() - improved.kpis().criticalEnergyDeliveredKwh();
        double weightedLost = start.kpis().weightedEnergyDeliveredKwh() - improved.kpis().weightedEnergyDeliveredKwh();
        return criticalLost > ROUNDING_SHARE * start.kpis().criticalEnergyDeliveredKwh() + 1e-6
                || weightedLost > ROUNDING_SHARE * start.kpis().weightedEnergyDeliveredKwh() + 1e-6;
    }

    /** The LP upper bound on priority-weighted energy (kWh × weight) any plan for the problem can deliver. */
    public double upperBound(PlanningProblem problem) {
        PlanningProblemValidator.requireValid(problem);
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation greedy = greedyPlanner.solve(indexed);
        double greedyValue = PlanFactory.toPlan(indexed, greedy, GREEDY, 0, null).kpis().weightedEnergyDeliveredKwh();
        return LpBound.weightedEnergyKwh(indexed, greedyValue);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
