package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.List;
import org.wptdlm.solver.constraints.ChargingConstraints;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;

/** The solver configurations: the production one (greedy phase, then local search) and the benchmark variants. */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    /** Greedy as first phase (fills only cells without power), then local search with power shifts. */
    public static SolverConfig greedyThenLocalSearch() {
        return base().withPhases(greedyPhase(), localSearch());
    }

    /** The greedy alone, for the benchmark's baseline. */
    public static SolverConfig greedyOnly() {
        return base().withPhases(greedyPhase());
    }

    /** Timefold's own construction heuristic instead of the greedy, then the same local search. */
    public static SolverConfig constructionHeuristicThenLocalSearch() {
        return base().withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
    }

    private static SolverConfig base() {
        return new SolverConfig()
                .withSolutionClass(ChargePlan.class)
                .withEntityClasses(PowerCell.class)
                .withConstraintProviderClass(ChargingConstraints.class);
    }

    private static CustomPhaseConfig greedyPhase() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyPhaseCommand.class));
    }

    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ShiftPowerMoveFactory.class));
    }
}
