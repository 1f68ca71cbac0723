package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.Collection;
import java.util.List;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;

/**
 * Moves {@code watts} from one cell to another: within a session to another slot (shift energy in
 * time: flatter, cheaper, earlier) or within a slot to another session (give the grid to whom it helps
 * more). With {@code from} null it only adds to {@code to} (negative watts: takes away). Keeping the
 * total constant is what lets local search trade energy without passing through worse medium scores.
 */
final class ShiftPowerMove extends AbstractMove<ChargePlan> {

    private static final String WATTS = "watts";

    private final PowerCell from;
    private final PowerCell to;
    private final int watts;

    ShiftPowerMove(PowerCell from, PowerCell to, int watts) {
        this.from = from;
        this.to = to;
        this.watts = watts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ChargePlan> scoreDirector) {
        return isDoable();
    }

    /** Whether the move changes anything and keeps both cells within their range. */
    boolean isDoable() {
        if (watts == 0 || from == to) {
            return false;
        }
        int toAfter = to.wattsOrZero() + watts;
        if (toAfter < 0 || toAfter > to.getMaxW()) {
            return false;
        }
        if (from == null) {
            return true;
        }
        int fromAfter = from.wattsOrZero() - watts;
        return fromAfter >= 0 && fromAfter <= from.getMaxW();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ChargePlan> scoreDirector) {
        if (from != null) {
            change(scoreDirector, from, from.wattsOrZero() - watts);
        }
        change(scoreDirector, to, to.wattsOrZero() + watts);
    }

    @Override
    protected ShiftPowerMove createUndoMove(ScoreDirector<ChargePlan> scoreDirector) {
        return new ShiftPowerMove(from, to, -watts);
    }

    @Override
    public ShiftPowerMove rebase(ScoreDirector<ChargePlan> destinationScoreDirector) {
        return new ShiftPowerMove(from == null ? null : destinationScoreDirector.lookUpWorkingObject(from),
                destinationScoreDirector.lookUpWorkingObject(to), watts);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return from == null ? List.of(to) : List.of(from, to);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return from == null ? List.of(to.wattsOrZero() + watts)
                : List.of(from.wattsOrZero() - watts, to.wattsOrZero() + watts);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return from == null ? "AdjustPower" : from.getSession() == to.getSession() ? "ShiftInTime" : "ShiftBetweenSessions";
    }

    @Override
    public String toString() {
        return (from == null ? "" : from + " -> ") + to + " : " + watts + " W";
    }

    private static void change(ScoreDirector<ChargePlan> scoreDirector, PowerCell cell, int newWatts) {
        scoreDirector.beforeVariableChanged(cell, WATTS);
        cell.setWatts(newWatts);
        scoreDirector.afterVariableChanged(cell, WATTS);
    }
}
