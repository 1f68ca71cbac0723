package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import org.wptdlm.solver.constraints.ChargingConstraints;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PowerCell;

/** The solver configurations: the production one (greedy phase, then local search) and the benchmark variants. */
public final class SolverConfigs {

    static final int ACCEPTED_MOVES_PER_STEP = 40;

    private SolverConfigs() {
    }

    /** Greedy as first phase (fills only cells without power), then local search with power shifts. */
    public static SolverConfig greedyThenLocalSearch() {
        return base().withPhases(greedyPhase(), localSearch());
    }

    /**
     * The greedy alone, for the benchmark's baseline, plus a single local search step: the
     * benchmarker's report divides by move evaluation speed and fails on a solver that made no moves.
     */
    public static SolverConfig greedyOnly() {
        return base().withPhases(greedyPhase(),
                localSearch().withTerminationConfig(new TerminationConfig().withStepCountLimit(1)));
    }

    /**
     * Timefold's own construction heuristic instead of the greedy, then the same local search. First
     * fit taking the first value that does not hurt the hard score: trying all of a cell's up to
     * 22,000 watt values would not finish on the medium instance.
     */
    public static SolverConfig constructionHeuristicThenLocalSearch() {
        return base().withPhases(new ConstructionHeuristicPhaseConfig()
                        // First fit over the power cells in their order; pads come from the start allocation.
                        .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(PowerCell.class))
                                .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig())))
                        .withForagerConfig(new ConstructionHeuristicForagerConfig()
                                .withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_FEASIBLE_SCORE_OR_NON_DETERIORATING_HARD)),
                localSearch());
    }

    private static SolverConfig base() {
        // PHASE_ASSERT (Timefold's default) scores the whole plan from scratch at each phase end, a
        // second or more on the large hub, outside any time budget; NO_ASSERT is still reproducible.
        return new SolverConfig()
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withSolutionClass(ChargePlan.class)
                .withEntityClasses(PadChoice.class, PowerCell.class)
                .withConstraintProviderClass(ChargingConstraints.class);
    }

    private static CustomPhaseConfig greedyPhase() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyPhaseCommand.class));
    }

    private static LocalSearchPhaseConfig localSearch() {
        // Late acceptance over many candidates per step: steps (and best-solution clones) stay rare,
        // evaluations cheap.
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ShiftPowerMoveFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_MOVES_PER_STEP));
    }
}
