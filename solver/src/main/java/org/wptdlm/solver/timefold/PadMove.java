package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PadFact;
import org.wptdlm.solver.model.PowerCell;

/**
 * Puts one or two sessions on other pads (a change, a swap, or a session making way for an unserved
 * one). A session's cells keep their power up to
 * what the new pad allows (clipped above it; the undo move restores the exact powers). Every cell of a
 * moved session that has power is announced as changed, even when its power stays: its efficiency,
 * circuit and rate come from the pad, and the score re-reads them only for announced cells (a cell
 * without power scores nothing on any pad). The factory hands out only
 * moves onto pads that are free for the session's whole stay.
 */
final class PadMove extends AbstractMove<ChargePlan> {

    private static final String PAD = "pad";
    private static final String WATTS = "watts";

    private final List<PadChoice> choices;
    private final List<PadFact> pads;
    private final List<List<PowerCell>> cellsOfChoice;
    /** Exact powers to restore per moved session (an undo move), or null to clip to the new rate. */
    private final List<int[]> restoredWatts;

    PadMove(List<PadChoice> choices, List<PadFact> pads, List<List<PowerCell>> cellsOfChoice, List<int[]> restoredWatts) {
        this.choices = choices;
        this.pads = pads;
        this.cellsOfChoice = cellsOfChoice;
        this.restoredWatts = restoredWatts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ChargePlan> scoreDirector) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).isParked() || choices.get(i).getPad() == pads.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ChargePlan> scoreDirector) {
        for (int i = 0; i < choices.size(); i++) {
            PadChoice choice = choices.get(i);
            scoreDirector.beforeVariableChanged(choice, PAD);
            choice.setPad(pads.get(i));
            scoreDirector.afterVariableChanged(choice, PAD);
        }
        for (int i = 0; i < choices.size(); i++) {
            List<PowerCell> cells = cellsOfChoice.get(i);
            int rateW = choices.get(i).rateW();
            for (int j = 0; j < cells.size(); j++) {
                PowerCell cell = cells.get(j);
                int watts = restoredWatts == null ? Math.min(cell.wattsOrZero(), rateW) : restoredWatts.get(i)[j];
                if (watts == 0 && cell.wattsOrZero() == 0) {
                    continue; // an unpowered cell scores nothing on any pad
                }
                scoreDirector.beforeVariableChanged(cell, WATTS);
                cell.setWatts(watts);
                scoreDirector.afterVariableChanged(cell, WATTS);
            }
        }
    }

    @Override
    protected PadMove createUndoMove(ScoreDirector<ChargePlan> scoreDirector) {
        List<PadFact> oldPads = new ArrayList<>();
        List<int[]> oldWatts = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            oldPads.add(choices.get(i).getPad());
            oldWatts.add(cellsOfChoice.get(i).stream().mapToInt(PowerCell::wattsOrZero).toArray());
        }
        return new PadMove(choices, oldPads, cellsOfChoice, oldWatts);
    }

    @Override
    public PadMove rebase(ScoreDirector<ChargePlan> destinationScoreDirector) {
        return new PadMove(choices.stream().map(destinationScoreDirector::lookUpWorkingObject).toList(),
                pads.stream().map(destinationScoreDirector::lookUpWorkingObject).toList(),
                cellsOfChoice.stream().map(cells -> cells.stream().map(destinationScoreDirector::lookUpWorkingObject).toList())
                        .toList(),
                restoredWatts);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return choices;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return pads;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return choices.size() == 1 ? "ChangePad" : "ChangeTwoPads";
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(choices.get(i).getSession().id()).append(" -> ").append(pads.get(i));
        }
        return text.toString();
    }
}
