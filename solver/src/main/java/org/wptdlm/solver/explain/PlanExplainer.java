package org.wptdlm.solver.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.constraints.ChargingConstraints;
import org.wptdlm.solver.constraints.EnergyMissing;
import org.wptdlm.solver.constraints.LimitExceeded;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;
import org.wptdlm.solver.timefold.ChargePlanBuilder;
import org.wptdlm.solver.timefold.SolverConfigs;

/**
 * Says which goals cost a plan score and why, from Timefold's score analysis and the constraints'
 * justifications, in words an operator reads. Thread-safe; the constraints are compiled on first use.
 */
public final class PlanExplainer {

    static final int CASES_LISTED = 5;
    /** Shortfalls below this are the solver's whole-watt rounding, not worth an operator's attention. */
    static final double NEGLIGIBLE_KWH = 0.05;
    private static final Logger log = LoggerFactory.getLogger(PlanExplainer.class);

    private final PlanningWeights weights;
    private SolutionManager<ChargePlan, HardMediumSoftLongScore> solutionManager;

    public PlanExplainer(PlanningWeights weights) {
        this.weights = weights;
    }

    /** The reasons the plan lost score, worst first; empty when it lost none or cannot be analysed. */
    public List<PlanReason> explain(PlanningProblem problem, Plan plan) {
        try {
            IndexedProblem indexed = IndexedProblem.of(problem);
            ChargePlan model = ChargePlanBuilder.build(indexed, PlanFactory.toAllocation(indexed, plan), true, null,
                    weights);
            if (model.getCells().isEmpty()) {
                return List.of();
            }
            ScoreAnalysis<HardMediumSoftLongScore> analysis = solutions().analyze(model);
            Words words = new Words(problem);
            return analysis.constraintMap().values().stream()
                    .filter(constraint -> !constraint.score().isZero())
                    .sorted(Comparator.comparing(ConstraintAnalysis::score))
                    .map(words::reason)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (RuntimeException failure) {
            // An explanation is a courtesy: callers show the plan without it rather than an error.
            log.warn("Score analysis of a plan for hub {} failed: {}", problem.hub().id(), failure.toString());
            return List.of();
        }
    }

    /** Building the solver factory compiles the constraints: done once, on first use, not at start-up. */
    private synchronized SolutionManager<ChargePlan, HardMediumSoftLongScore> solutions() {
        if (solutionManager == null) {
            solutionManager = SolutionManager.create(SolverFactory.<ChargePlan>create(SolverConfigs.greedyThenLocalSearch()));
        }
        return solutionManager;
    }

    /** Constraint names and justifications turned into sentences about vehicles, kWh and kW. */
    private static final class Words {

        private final double slotHours;
        private final Map<String, String> vehicleBySession = new HashMap<>();

        Words(PlanningProblem problem) {
            this.slotHours = problem.slotHours();
            for (Session session : problem.sessions()) {
                vehicleBySession.put(session.id(), session.vehicleId());
            }
        }

        PlanReason reason(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
            String name = constraint.constraintRef().constraintName();
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches() == null ? List.of()
                    : constraint.matches().stream().sorted(Comparator.comparing(MatchAnalysis::score)).toList();
            List<String> cases = new ArrayList<>();
            for (MatchAnalysis<HardMediumSoftLongScore> match : matches) {
                String words = caseInWords(match);
                if (words != null && cases.size() < CASES_LISTED) {
                    cases.add(words);
                }
            }
            int listable = (int) matches.stream().filter(match -> caseInWords(match) != null).count();
            boolean aboutShortfalls = matches.stream().anyMatch(match -> match.justification() instanceof EnergyMissing);
            if (aboutShortfalls && listable == 0) {
                // Every shortfall is the whole-watt rounding: saying "4 vehicles leave short" beside "delivers 100 %" misleads.
                return null;
            }
            int count = aboutShortfalls ? listable : constraint.matchCount();
            return new PlanReason(name, level(constraint.score()), headline(name, count), cases,
                    Math.max(0, listable - cases.size()), constraint.score().toString());
        }

        private String caseInWords(MatchAnalysis<HardMediumSoftLongScore> match) {
            if (match.justification() instanceof EnergyMissing missing) {
                double kwh = missing.missingWattSlots() * slotHours / 1000;
                if (kwh < NEGLIGIBLE_KWH) {
                    return null;
                }
                String vehicle = vehicleBySession.getOrDefault(missing.sessionId(), missing.sessionId());
                return String.format(Locale.ROOT, "%s leaves %.1f kWh short of its %s", vehicle, kwh, missing.kind());
            }
            if (match.justification() instanceof LimitExceeded exceeded) {
                return exceeded.description();
            }
            return null;
        }

        private static String headline(String constraint, int matchCount) {
            return switch (constraint) {
                case ChargingConstraints.GRID_LIMIT -> "Planner defect: the plan as computed exceeds the grid limit in "
                        + matchCount + " slots. The pads were sent an allocation cut to the limit by the safety guard;"
                        + " please report this plan.";
                case ChargingConstraints.CIRCUIT_LIMIT -> "Planner defect: the plan as computed exceeds a circuit limit "
                        + matchCount + " times. The pads were sent an allocation cut to the limit by the safety guard;"
                        + " please report this plan.";
                case ChargingConstraints.PAD_RATE, ChargingConstraints.PAD_SHARED -> "Planner defect: the plan as computed breaks a pad's limits "
                        + matchCount + " times; please report this plan.";
                case ChargingConstraints.ENERGY_ABOVE_REQUEST -> matchCount + " vehicles would get more than they asked for.";
                case ChargingConstraints.CRITICAL_ENERGY_MISSING ->
                        matchCount + " vehicles leave without their must-have energy: there is not enough power before they go.";
                case ChargingConstraints.ENERGY_MISSING ->
                        matchCount + " vehicles leave with less than they asked for; higher priorities were served first.";
                case ChargingConstraints.PEAK_ABOVE_TARGET -> "The grid draw goes above the hub's peak target in " + matchCount + " slots.";
                case ChargingConstraints.ENERGY_COST -> "Energy is bought when it is cheapest.";
                case ChargingConstraints.CARBON -> "Energy is drawn when the grid is cleanest.";
                case ChargingConstraints.LATE_ENERGY -> "Charging sooner is preferred, so an early departure costs less.";
                case ChargingConstraints.DEFERRED_ENERGY -> "Energy a vehicle needs only late in its stay waits for cheaper or cleaner slots.";
                case ChargingConstraints.SETPOINT_CHANGES -> "Setpoints change " + matchCount + " times within vehicles' stays.";
                case ChargingConstraints.PLAN_CHANGES -> "The plan keeps close to what the pads were last told.";
                default -> constraint + " (" + matchCount + " cases).";
            };
        }

        private static String level(HardMediumSoftLongScore score) {
            if (score.hardScore() != 0) {
                return PlanReason.HARD;
            }
            return score.mediumScore() != 0 ? "medium" : "soft";
        }
    }
}
