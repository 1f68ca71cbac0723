package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PowerCell;

/**
 * Random {@link ShiftPowerMove}s: 40 % in time within a session, 40 % between sessions within a slot,
 * 20 % plain adjustments of one cell. Amounts are all of what can move, a uniform share of it, or a
 * small nudge (≤ 500 W), a third each, so both big trades and fine tuning happen. Only doable moves
 * come out (a few draws are retried): Timefold gives up on a selector after too many undoable moves in
 * a row, which on a small live hub with most cells at zero or at their maximum ended local search at once.
 */
public final class ShiftPowerMoveFactory implements MoveIteratorFactory<ChargePlan, ShiftPowerMove> {

    private static final int NUDGE_W = 500;
    /** Draws per move before an undoable one is handed on (Timefold filters it; only a hub with nothing to move gets there). */
    private static final int ATTEMPTS = 100;

    private List<PowerCell> cells = List.of();
    private List<List<PowerCell>> cellsBySlot = List.of();
    private List<List<PowerCell>> cellsBySession = List.of();

    @Override
    public void phaseStarted(ScoreDirector<ChargePlan> scoreDirector) {
        ChargePlan plan = scoreDirector.getWorkingSolution();
        cells = plan.getCells();
        cellsBySlot = new ArrayList<>();
        cellsBySession = new ArrayList<>();
        for (int t = 0; t < plan.getProblem().slots(); t++) {
            cellsBySlot.add(new ArrayList<>());
        }
        List<List<PowerCell>> bySessionIndex = new ArrayList<>();
        for (int s = 0; s < plan.getProblem().sessions(); s++) {
            bySessionIndex.add(new ArrayList<>());
        }
        for (PowerCell cell : cells) {
            cellsBySlot.get(cell.getSlot().slot()).add(cell);
            bySessionIndex.get(cell.getSession().index()).add(cell);
        }
        cellsBySession = bySessionIndex;
    }

    @Override
    public long getSize(ScoreDirector<ChargePlan> scoreDirector) {
        return (long) cells.size() * cells.size();
    }

    @Override
    public Iterator<ShiftPowerMove> createOriginalMoveIterator(ScoreDirector<ChargePlan> scoreDirector) {
        throw new UnsupportedOperationException("power shifts are only selected at random");
    }

    @Override
    public Iterator<ShiftPowerMove> createRandomMoveIterator(ScoreDirector<ChargePlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !cells.isEmpty();
            }

            @Override
            public ShiftPowerMove next() {
                ShiftPowerMove move = randomMove(random);
                for (int attempt = 1; attempt < ATTEMPTS && !move.isDoable(); attempt++) {
                    move = randomMove(random);
                }
                return move;
            }
        };
    }

    private ShiftPowerMove randomMove(Random random) {
        PowerCell first = cells.get(random.nextInt(cells.size()));
        int kind = random.nextInt(10);
        if (kind < 2) {
            int up = first.getMaxW() - first.wattsOrZero();
            int down = first.wattsOrZero();
            boolean raise = down == 0 || (up > 0 && random.nextBoolean());
            int delta = raise ? amount(random, up) : -amount(random, down);
            return new ShiftPowerMove(null, first, delta);
        }
        List<PowerCell> partners = kind < 6 ? cellsBySession.get(first.getSession().index())
                : cellsBySlot.get(first.getSlot().slot());
        PowerCell second = partners.get(random.nextInt(partners.size()));
        int movable = Math.min(first.wattsOrZero(), second.getMaxW() - second.wattsOrZero());
        return new ShiftPowerMove(first, second, amount(random, movable));
    }

    private static int amount(Random random, int most) {
        if (most <= 0) {
            return 0;
        }
        return switch (random.nextInt(3)) {
            case 0 -> most;
            case 1 -> 1 + random.nextInt(most);
            default -> 1 + random.nextInt(Math.min(most, NUDGE_W));
        };
    }
}
