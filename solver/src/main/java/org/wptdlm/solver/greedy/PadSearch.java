package org.wptdlm.solver.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Local search over pads with the greedy's energy passes as the judge: moves a session to a pad of
 * another kind (maximum, efficiency, circuit) that is free for its stay, or swaps it with the one
 * session in its way, re-plans the energy on the new pads and keeps the change when the plan delivers
 * more critical energy, or as much and more priority-weighted energy. The greedy's pad rule (fastest
 * pad first) cannot see that three 22 kW vehicles on a 27 kW circuit share 24 kW: a vehicle that can
 * take its whole request from an 11 kW pad does better there. Sessions standing on their pad keep it.
 * Each judgement is a full energy pass (about 1 ms on 24 sessions, tens of ms on 1,500), so the
 * search runs until no move helps or a deadline passes: it belongs to the time-budgeted improve
 * path, not to the real-time greedy.
 */
public final class PadSearch {

    private static final double GAIN_KWH = 1e-6;

    private final GreedyPlanner greedy = new GreedyPlanner();

    /** A plan at least as good as {@code start} (pads and powers), found before {@code deadlineNanos}. */
    public Allocation improve(IndexedProblem problem, Allocation start, long deadlineNanos) {
        Allocation best = start;
        double[] bestValue = value(problem, best);
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            for (int s : shortestFirst(problem, best)) {
                if (System.nanoTime() >= deadlineNanos) {
                    break;
                }
                for (int[] move : moves(problem, best, s)) {
                    if (System.nanoTime() >= deadlineNanos) {
                        break;
                    }
                    Allocation pads = best.copy();
                    pads.assignPad(s, move[0]);
                    if (move[1] >= 0) {
                        pads.assignPad(move[1], best.pad(s));
                    }
                    Allocation candidate = greedy.fill(problem, pads);
                    double[] candidateValue = value(problem, candidate);
                    if (better(candidateValue, bestValue)) {
                        best = candidate;
                        bestValue = candidateValue;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** Served sessions not standing on their pad, most weighted energy missing first: where moves pay. */
    private static int[] shortestFirst(IndexedProblem problem, Allocation allocation) {
        double[] missing = new double[problem.sessions()];
        for (int s = 0; s < missing.length; s++) {
            missing[s] = problem.weight(s) * (problem.energyKwh(s) - allocation.deliveredKwh(s, problem.slotHours()));
        }
        return IntStream.range(0, problem.sessions())
                .filter(s -> allocation.pad(s) >= 0 && problem.fixedPad(s) < 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer s) -> missing[s]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The session's moves as {pad, other session or -1}: one free pad per kind, and per kind and
     * session in the way a swap when that session fits the freed pad. Pads of the same kind as the
     * session's own change nothing and are left out.
     */
    private static List<int[]> moves(IndexedProblem problem, Allocation allocation, int session) {
        int own = allocation.pad(session);
        List<List<Integer>> onPad = new ArrayList<>();
        for (int pad = 0; pad < problem.pads(); pad++) {
            onPad.add(new ArrayList<>());
        }
        for (int other = 0; other < problem.sessions(); other++) {
            if (other != session && allocation.pad(other) >= 0 && problem.overlap(session, other)) {
                onPad.get(allocation.pad(other)).add(other);
            }
        }
        List<int[]> moves = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        seen.add(List.of(kind(problem, own), -1));
        for (int pad = 0; pad < problem.pads(); pad++) {
            if (pad == own || problem.padMaxKw(pad) <= 0) {
                continue;
            }
            int count = onPad.get(pad).size();
            int inTheWay = count == 1 ? onPad.get(pad).get(0) : -1;
            if (count == 0 && seen.add(List.of(kind(problem, pad), -1))) {
                moves.add(new int[] {pad, -1});
            } else if (count == 1 && problem.fixedPad(inTheWay) < 0 && fitsWithout(problem, allocation, inTheWay, own, session)
                    && seen.add(List.of(kind(problem, pad), inTheWay))) {
                moves.add(new int[] {pad, inTheWay});
            }
        }
        return moves;
    }

    /** Whether {@code pad} is free for the session's stay once {@code leaving} has left it. */
    private static boolean fitsWithout(IndexedProblem problem, Allocation allocation, int session, int pad, int leaving) {
        for (int other = 0; other < problem.sessions(); other++) {
            if (other != session && other != leaving && allocation.pad(other) == pad && problem.overlap(session, other)) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> kind(IndexedProblem problem, int pad) {
        return List.of(problem.padMaxKw(pad), problem.padEfficiency(pad), problem.padCircuit(pad));
    }

    /** {critical kWh, priority-weighted kWh} of the plan. */
    private static double[] value(IndexedProblem problem, Allocation allocation) {
        double critical = 0.0;
        double weighted = 0.0;
        for (int s = 0; s < problem.sessions(); s++) {
            double delivered = allocation.deliveredKwh(s, problem.slotHours());
            critical += Math.min(delivered, problem.criticalKwh(s));
            weighted += problem.weight(s) * delivered;
        }
        return new double[] {critical, weighted};
    }

    private static boolean better(double[] candidate, double[] best) {
        if (Math.abs(candidate[0] - best[0]) > GAIN_KWH) {
            return candidate[0] > best[0];
        }
        return candidate[1] > best[1] + GAIN_KWH;
    }
}
