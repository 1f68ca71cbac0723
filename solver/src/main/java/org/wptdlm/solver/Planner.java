package org.wptdlm.solver;

import java.time.Duration;
import java.util.List;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.PlanningProblemValidator;
import org.wptdlm.solver.bound.LpBound;
import org.wptdlm.solver.explain.PlanExplainer;
import org.wptdlm.solver.explain.PlanReason;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.greedy.PadSearch;
import org.wptdlm.solver.kpi.PlanChecker;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;
import org.wptdlm.solver.timefold.TimefoldPlanner;

/**
 * The planning engine's facade for the live loop and the command line. Thread-safe: every call works
 * on its own copies; no Spring. {@link #greedy} answers in milliseconds (publish it at once);
 * {@link #improve} spends up to a time budget on Timefold local search from a warm start, and returns
 * the warm start instead unless the result {@link #replaces} it; the same rule decides for the live loop
 * and what-if whether an improved plan replaces the published one.
 *
 * @throws org.wptdlm.domain.planning.InvalidProblemException from both methods, naming the bad field
 */
public final class Planner {

    public static final String GREEDY = "greedy";
    public static final String TIMEFOLD = "timefold";

    /** Share of energy the whole-watt rounding of a plan may change: smaller differences are not real. */
    private static final double ROUNDING_SHARE = 1e-3;
    /** The same, at least this much. */
    private static final double ROUNDING_KWH = 0.01;

    /** Pad search from the greedy gets at most this fraction (1/n) of an improve budget; local search the rest. */
    private static final int PAD_SEARCH_SHARE = 3;
    /**
     * Time kept back after local search, in multiples of computing one plan's KPIs (measured on the
     * start plan, so it follows the instance's size and the machine's load): the result's KPIs, the
     * limit check of {@link #replaces} (about as long) and the conversion back, with room to spare.
     */
    private static final int FINISH_PASSES = 4;
    /**
     * At least this fraction (1/n) of the budget is kept back after local search: on the large instance
     * under load 8-9 its last step ended 120 ms after the deadline and the watchdog woke up to 150 ms late.
     */
    private static final int FINISH_SHARE = 10;

    private final GreedyPlanner greedyPlanner = new GreedyPlanner();
    private final PadSearch padSearch = new PadSearch();
    private final TimefoldPlanner timefoldPlanner;
    private final PlanExplainer explainer;

    public Planner() {
        this(PlanningWeights.DEFAULTS);
    }

    public Planner(PlanningWeights weights) {
        timefoldPlanner = new TimefoldPlanner(weights);
        explainer = new PlanExplainer(weights);
    }

    public Plan greedy(PlanningProblem problem) {
        PlanningProblemValidator.requireValid(problem);
        long started = System.nanoTime();
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation allocation = greedyPlanner.solve(indexed);
        return PlanFactory.toPlan(indexed, allocation, GREEDY, elapsedMillis(started), null);
    }

    /**
     * Improves {@code warmStart} (or the greedy plan when null) and returns within {@code budget}. The
     * warm start is also the published plan that the stability goal keeps changes against.
     */
    public Plan improve(PlanningProblem problem, Plan warmStart, Duration budget) {
        PlanningProblemValidator.requireValid(problem);
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation start = warmStart == null
                ? padSearch.improve(indexed, greedyPlanner.solve(indexed), started + budget.toNanos() / PAD_SEARCH_SHARE)
                : PlanFactory.toAllocation(indexed, warmStart);
        long beforeKpis = System.nanoTime();
        Plan startPlan = PlanFactory.toPlan(indexed, start, TIMEFOLD, elapsedMillis(started), null);
        // After the search come the same KPIs for its result and the limit check: keep time for them,
        // and for the search's last step and a late wake-up of its watchdog on a loaded machine.
        long finishNanos = Math.max(FINISH_PASSES * (System.nanoTime() - beforeKpis), budget.toNanos() / FINISH_SHARE);
        long searchDeadline = deadline - finishNanos;
        TimefoldPlanner.Result result = timefoldPlanner.improve(indexed, start, warmStart == null ? null : start, searchDeadline);
        Plan improved = PlanFactory.toPlan(indexed, result.allocation(), TIMEFOLD, elapsedMillis(started), result.score());
        return replaces(problem, improved, startPlan, 0) ? improved : startPlan.withKpis(startPlan.kpis().withSolve(elapsedMillis(started), null));
    }

    /**
     * The one rule for whether a candidate plan replaces the published one — local search's result in
     * {@link #improve}, the live loop's improved plans, what-if answers: the candidate keeps every limit
     * of the problem, loses no critical energy, and either gains critical energy or delivers at least
     * {@code marginPercent} more priority-weighted energy. Differences within the whole-watt rounding
     * (0.1 %, at least 0.01 kWh) count as equal; a margin of 0 lets a candidate as good as the published
     * plan replace it (it may be better on cost, carbon or smoothness), while a live controller wants a
     * real gain before its setpoints change.
     */
    public static boolean replaces(PlanningProblem problem, Plan candidate, Plan published, double marginPercent) {
        if (candidate.kpis() == null || published.kpis() == null || !PlanChecker.violationsOf(problem, candidate).isEmpty()) {
            return false;
        }
        double publishedCriticalKwh = published.kpis().criticalEnergyDeliveredKwh();
        double criticalGainKwh = candidate.kpis().criticalEnergyDeliveredKwh() - publishedCriticalKwh;
        if (criticalGainKwh > roundingKwh(publishedCriticalKwh)) {
            return true;
        }
        if (criticalGainKwh < -roundingKwh(publishedCriticalKwh)) {
            return false;
        }
        double publishedWeightedKwh = published.kpis().weightedEnergyDeliveredKwh();
        double neededKwh = marginPercent > 0 ? publishedWeightedKwh * (1 + marginPercent / 100)
                : publishedWeightedKwh - roundingKwh(publishedWeightedKwh);
        return candidate.kpis().weightedEnergyDeliveredKwh() >= neededKwh;
    }

    private static double roundingKwh(double energyKwh) {
        return Math.max(ROUNDING_KWH, ROUNDING_SHARE * energyKwh);
    }

    /**
     * Why the plan loses score, in words an operator reads, worst first (which goal, how hard it weighs,
     * the largest cases); empty when it loses none or cannot be analysed. The first call compiles the
     * constraints.
     */
    public List<PlanReason> explain(PlanningProblem problem, Plan plan) {
        return explainer.explain(problem, plan);
    }

    /** The LP upper bound on priority-weighted energy (kWh × weight) any plan for the problem can deliver. */
    public double upperBound(PlanningProblem problem) {
        return upperBound(problem, Long.MAX_VALUE);
    }

    /**
     * The same bound, computed until {@code deadlineNanos} ({@link System#nanoTime}) at the latest: a
     * bound cut short is looser (a larger gap), never wrong.
     */
    public double upperBound(PlanningProblem problem, long deadlineNanos) {
        PlanningProblemValidator.requireValid(problem);
        IndexedProblem indexed = IndexedProblem.of(problem);
        Allocation greedy = greedyPlanner.solve(indexed);
        double greedyValue = PlanFactory.toPlan(indexed, greedy, GREEDY, 0, null).kpis().weightedEnergyDeliveredKwh();
        return LpBound.weightedEnergyKwh(indexed, greedyValue, deadlineNanos);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
