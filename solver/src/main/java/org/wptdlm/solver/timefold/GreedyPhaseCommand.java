package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.function.BooleanSupplier;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.problem.Allocation;

/**
 * Runs the greedy as Timefold's first phase: every cell without a power gets the greedy's power,
 * through the score director's notifications. Cells that already have one (a warm start) are kept.
 */
public final class GreedyPhaseCommand implements PhaseCommand<ChargePlan> {

    private static final String WATTS = "watts";

    @Override
    public void changeWorkingSolution(ScoreDirector<ChargePlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        ChargePlan plan = scoreDirector.getWorkingSolution();
        if (plan.getCells().stream().allMatch(cell -> cell.getWatts() != null)) {
            return;
        }
        Allocation greedy = new GreedyPlanner().solve(plan.getProblem());
        for (PowerCell cell : plan.getCells()) {
            if (cell.getWatts() != null) {
                continue;
            }
            int session = cell.getSession().index();
            int watts = (int) Math.min(cell.getMaxW(), ChargePlanBuilder.wattsDown(greedy.kw(session, cell.getSlot().slot())));
            scoreDirector.beforeVariableChanged(cell, WATTS);
            cell.setWatts(watts);
            scoreDirector.afterVariableChanged(cell, WATTS);
        }
        scoreDirector.triggerVariableListeners();
    }
}
