package org.wptdlm.solver.bound;

import java.util.Arrays;
import java.util.List;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * The same relaxation as {@link LpBound}, bounded through its Lagrangian dual for problems too big
 * for a dense simplex: the per-slot rows (grid, circuits, pad shares, pad power) get prices; then each
 * session alone picks its best pad class and slots, and the priced capacities plus the sessions'
 * values are an upper bound for any prices (weak duality). Subgradient steps (Polyak, towards a known
 * plan's value) lower the prices' bound; the lowest bound seen is returned, valid at every step.
 */
final class LagrangianBound {

    private static final int MAX_ITERATIONS = 4_000;
    private static final int PATIENCE = 40;
    private static final double CLOSE_ENOUGH = 1e-4;

    private final IndexedProblem problem;
    private final List<PadClass> classes;
    private final double hours;
    private final int slots;
    private final double[] gridPrice;
    private final double[][] circuitPrice;
    private final double[][] sharePrice;
    private final double[][] powerPrice;
    private final double[] gridUse;
    private final double[][] circuitUse;
    private final double[][] shareUse;
    private final double[][] powerUse;

    LagrangianBound(IndexedProblem problem) {
        this.problem = problem;
        classes = PadClass.of(problem);
        hours = problem.slotHours();
        slots = problem.slots();
        gridPrice = new double[slots];
        circuitPrice = new double[problem.circuits()][slots];
        sharePrice = new double[classes.size()][slots];
        powerPrice = new double[classes.size()][slots];
        gridUse = new double[slots];
        circuitUse = new double[problem.circuits()][slots];
        shareUse = new double[classes.size()][slots];
        powerUse = new double[classes.size()][slots];
    }

    /**
     * @param knownPlanValue the weighted energy of a feasible plan (a lower bound) that the steps aim at
     * @param deadlineNanos no step starts after this ({@link System#nanoTime})
     */
    double bound(double knownPlanValue, long deadlineNanos) {
        double best = Double.MAX_VALUE;
        double theta = 1.0;
        int sinceImprovement = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double value = evaluate();
            if (value < best - 1e-9) {
                best = value;
                sinceImprovement = 0;
            } else if (++sinceImprovement >= PATIENCE) {
                theta /= 2;
                sinceImprovement = 0;
            }
            if (best - knownPlanValue <= CLOSE_ENOUGH * best || theta < 1e-6 || System.nanoTime() - deadlineNanos >= 0) {
                break;
            }
            step(theta * Math.max(value - knownPlanValue, CLOSE_ENOUGH * value));
        }
        return best;
    }

    /** The Lagrangian at the current prices; fills the use arrays with the sessions' best answers. */
    private double evaluate() {
        double value = 0;
        for (int t = 0; t < slots; t++) {
            value += gridPrice[t] * problem.headroomKw(t);
            gridUse[t] = 0;
            for (int c = 0; c < problem.circuits(); c++) {
                value += circuitPrice[c][t] * problem.circuitLimitKw(c);
                circuitUse[c][t] = 0;
            }
            for (int k = 0; k < classes.size(); k++) {
                value += (sharePrice[k][t] + powerPrice[k][t]) * classes.get(k).count();
                shareUse[k][t] = 0;
                powerUse[k][t] = 0;
            }
        }
        for (int s = 0; s < problem.sessions(); s++) {
            value += bestAnswer(s);
        }
        return value;
    }

    private double bestAnswer(int session) {
        int arrival = problem.arrivalSlot(session);
        int window = problem.windowSlots(session);
        if (window == 0 || problem.energyKwh(session) <= 0) {
            return 0;
        }
        double bestValue = 0;
        int bestClass = -1;
        double[] profit = new double[window];
        Integer[] order = new Integer[window];
        double[] bestKw = null;
        for (int k = 0; k < classes.size(); k++) {
            PadClass padClass = classes.get(k);
            int fixed = problem.fixedPad(session);
            double rateKw = Math.min(problem.sessionMaxKw(session), padClass.maxKw());
            if ((fixed >= 0 && !padClass.holds(problem, fixed)) || rateKw <= 0) {
                continue;
            }
            double occupancyCost = 0;
            for (int i = 0; i < window; i++) {
                int t = arrival + i;
                double gridCost = gridPrice[t] + (padClass.circuit() >= 0 ? circuitPrice[padClass.circuit()][t] : 0);
                profit[i] = problem.weight(session) * hours - gridCost / padClass.efficiency() - powerPrice[k][t] / rateKw;
                occupancyCost += sharePrice[k][t];
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(profit[b], profit[a]));
            double budget = problem.energyKwh(session) / hours;
            double classValue = -occupancyCost;
            double[] kw = new double[window];
            for (int i = 0; i < window && budget > 0 && profit[order[i]] > 0; i++) {
                double amount = Math.min(rateKw, budget);
                kw[order[i]] = amount;
                classValue += amount * profit[order[i]];
                budget -= amount;
            }
            if (classValue > bestValue) {
                bestValue = classValue;
                bestClass = k;
                bestKw = kw;
            }
        }
        if (bestClass >= 0) {
            record(session, bestClass, bestKw);
        }
        return bestValue;
    }

    private void record(int session, int k, double[] kw) {
        PadClass padClass = classes.get(k);
        double rateKw = Math.min(problem.sessionMaxKw(session), padClass.maxKw());
        int arrival = problem.arrivalSlot(session);
        for (int i = 0; i < kw.length; i++) {
            int t = arrival + i;
            shareUse[k][t] += 1;
            if (kw[i] > 0) {
                double gridKw = kw[i] / padClass.efficiency();
                gridUse[t] += gridKw;
                if (padClass.circuit() >= 0) {
                    circuitUse[padClass.circuit()][t] += gridKw;
                }
                powerUse[k][t] += kw[i] / rateKw;
            }
        }
    }

    /** Moves every price against its row's slack (capacity minus use), by a Polyak step. */
    private void step(double targetDrop) {
        double norm = 0;
        for (int t = 0; t < slots; t++) {
            norm += square(problem.headroomKw(t) - gridUse[t]);
            for (int c = 0; c < problem.circuits(); c++) {
                norm += square(problem.circuitLimitKw(c) - circuitUse[c][t]);
            }
            for (int k = 0; k < classes.size(); k++) {
                norm += square(classes.get(k).count() - shareUse[k][t]) + square(classes.get(k).count() - powerUse[k][t]);
            }
        }
        if (norm <= 0) {
            return;
        }
        double size = targetDrop / norm;
        for (int t = 0; t < slots; t++) {
            gridPrice[t] = Math.max(0, gridPrice[t] - size * (problem.headroomKw(t) - gridUse[t]));
            for (int c = 0; c < problem.circuits(); c++) {
                circuitPrice[c][t] = Math.max(0, circuitPrice[c][t] - size * (problem.circuitLimitKw(c) - circuitUse[c][t]));
            }
            for (int k = 0; k < classes.size(); k++) {
                int count = classes.get(k).count();
                sharePrice[k][t] = Math.max(0, sharePrice[k][t] - size * (count - shareUse[k][t]));
                powerPrice[k][t] = Math.max(0, powerPrice[k][t] - size * (count - powerUse[k][t]));
            }
        }
    }

    private static double square(double value) {
        return value * value;
    }
}
