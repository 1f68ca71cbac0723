package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PadFact;
import org.wptdlm.solver.model.PowerCell;

/**
 * Random moves: {@link ShiftPowerMove}s (40 % in time within a session, 40 % between sessions within a
 * slot, 20 % plain adjustments of one cell) and, for one move in {@value #PAD_MOVE_SHARE_PERCENT} % when
 * some session is not parked yet, a {@link PadMove}: another free pad, two sessions swap pads, or an
 * unserved session takes the pad of the one session in its way, which moves to a free pad.
 * Power amounts are all of what can move, a uniform share of it, or a small nudge (≤ 500 W), a third
 * each, so both big trades and fine tuning happen. Only doable moves come out (a few draws are
 * retried): Timefold gives up on a selector after too many undoable moves in a row, which on a small
 * live hub with most cells at zero or at their maximum ended local search at once.
 */
public final class ShiftPowerMoveFactory implements MoveIteratorFactory<ChargePlan, AbstractMove<ChargePlan>> {

    static final int PAD_MOVE_SHARE_PERCENT = 2;
    private static final int NUDGE_W = 500;
    /** Draws per move before an undoable one is handed on (Timefold filters it; only a hub with nothing to move gets there). */
    private static final int ATTEMPTS = 100;
    /** Share of pad changes that unserve a session, freeing its pad for another. */
    private static final int UNSERVE_PERCENT = 5;

    /**
     * When local search last started on the thread ({@link System#nanoTime}): the end of Timefold's
     * setup, which {@link TimefoldPlanner} measures to know how long the next one will take. Timefold
     * solves on the calling thread.
     */
    static final ThreadLocal<Long> SEARCH_STARTED_NANOS = new ThreadLocal<>();

    private List<PowerCell> cells = List.of();
    private List<List<PowerCell>> cellsBySlot = List.of();
    private List<List<PowerCell>> cellsBySession = List.of();
    private List<PadChoice> choices = List.of();
    private List<PadChoice> movableChoices = List.of();
    private List<PadFact> realPads = List.of();

    @Override
    public void phaseStarted(ScoreDirector<ChargePlan> scoreDirector) {
        SEARCH_STARTED_NANOS.set(System.nanoTime());
        ChargePlan plan = scoreDirector.getWorkingSolution();
        cells = plan.getCells();
        cellsBySlot = new ArrayList<>();
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
        choices = plan.getPadChoices();
        movableChoices = choices.stream().filter(choice -> !choice.isParked()).toList();
        realPads = plan.getPads().stream().filter(pad -> !pad.isNone()).toList();
    }

    @Override
    public long getSize(ScoreDirector<ChargePlan> scoreDirector) {
        return (long) cells.size() * cells.size();
    }

    @Override
    public Iterator<AbstractMove<ChargePlan>> createOriginalMoveIterator(ScoreDirector<ChargePlan> scoreDirector) {
        throw new UnsupportedOperationException("moves are only selected at random");
    }

    @Override
    public Iterator<AbstractMove<ChargePlan>> createRandomMoveIterator(ScoreDirector<ChargePlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !cells.isEmpty();
            }

            @Override
            public AbstractMove<ChargePlan> next() {
                AbstractMove<ChargePlan> move = randomMove(random);
                for (int attempt = 1; attempt < ATTEMPTS && move == null; attempt++) {
                    move = randomMove(random);
                }
                return move == null ? new ShiftPowerMove(null, cells.get(0), 0) : move;
            }
        };
    }

    /** A doable move, or null. */
    private AbstractMove<ChargePlan> randomMove(Random random) {
        if (!movableChoices.isEmpty() && !realPads.isEmpty() && random.nextInt(100) < PAD_MOVE_SHARE_PERCENT) {
            return switch (random.nextInt(3)) {
                case 0 -> padChange(random);
                case 1 -> padSwap(random);
                default -> serveByMovingOne(random);
            };
        }
        ShiftPowerMove move = powerMove(random);
        return move.isDoable() ? move : null;
    }

    private ShiftPowerMove powerMove(Random random) {
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

    private PadMove padChange(Random random) {
        PadChoice choice = movableChoices.get(random.nextInt(movableChoices.size()));
        PadFact pad = random.nextInt(100) < UNSERVE_PERCENT ? PadFact.NONE : realPads.get(random.nextInt(realPads.size()));
        if (pad == choice.getPad() || !isFree(pad, choice, null)) {
            return null;
        }
        return new PadMove(List.of(choice), List.of(pad), List.of(cellsOf(choice)), null);
    }

    private PadMove padSwap(Random random) {
        PadChoice first = movableChoices.get(random.nextInt(movableChoices.size()));
        PadChoice second = movableChoices.get(random.nextInt(movableChoices.size()));
        if (first.getPad() == second.getPad() || !isFree(second.getPad(), first, second)
                || !isFree(first.getPad(), second, first)) {
            return null;
        }
        return new PadMove(List.of(first, second), List.of(second.getPad(), first.getPad()),
                List.of(cellsOf(first), cellsOf(second)), null);
    }

    /**
     * An unserved session takes a pad held during its stay by exactly one other session, which moves to
     * a pad free for its own stay: the two-step chain single changes rarely find, as the one session in
     * the way must first leave for a pad that is no better for it.
     */
    private PadMove serveByMovingOne(Random random) {
        PadChoice unserved = movableChoices.get(random.nextInt(movableChoices.size()));
        if (!unserved.getPad().isNone()) {
            return null;
        }
        PadFact pad = realPads.get(random.nextInt(realPads.size()));
        PadChoice blocker = null;
        for (PadChoice other : choices) {
            if (other.getPad() == pad && other.overlaps(unserved)) {
                if (blocker != null) {
                    return null;
                }
                blocker = other;
            }
        }
        if (blocker == null) {
            return new PadMove(List.of(unserved), List.of(pad), List.of(cellsOf(unserved)), null);
        }
        PadFact elsewhere = realPads.get(random.nextInt(realPads.size()));
        if (blocker.isParked() || elsewhere == pad || !isFree(elsewhere, blocker, null)) {
            return null;
        }
        return new PadMove(List.of(blocker, unserved), List.of(elsewhere, pad), List.of(cellsOf(blocker), cellsOf(unserved)),
                null);
    }

    /** Whether no session other than {@code choice} and {@code leaving} holds the pad during {@code choice}'s stay. */
    private boolean isFree(PadFact pad, PadChoice choice, PadChoice leaving) {
        if (pad.isNone()) {
            return true;
        }
        for (PadChoice other : choices) {
            if (other != choice && other != leaving && other.getPad() == pad && other.overlaps(choice)) {
                return false;
            }
        }
        return true;
    }

    private List<PowerCell> cellsOf(PadChoice choice) {
        return cellsBySession.get(choice.getIndex());
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
