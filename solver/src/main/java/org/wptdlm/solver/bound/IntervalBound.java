package org.wptdlm.solver.bound;

import org.wptdlm.solver.greedy.MinCostFlow;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * An upper bound from the pads alone, exact where pads are short: a vehicle holds one pad for its whole
 * stay, so the sessions a plan serves are a set of stays with at most as many present in any slot as
 * there are pads, and a served session takes at most its request, at most its best pad's rate, its
 * circuit's and the grid's room in each slot. The most valuable such set (weighted interval scheduling
 * on as many machines as pads, a min-cost flow whose LP is totally unimodular) bounds every plan's
 * priority-weighted energy. It ignores how sessions share the grid, which the LP bound sees, and sees
 * whole stays, which the LP bound splits into fractional pad shares: {@link LpBound} takes the smaller.
 */
final class IntervalBound {

    private IntervalBound() {
    }

    static double weightedEnergyKwh(IndexedProblem problem) {
        int pads = 0;
        for (int p = 0; p < problem.pads(); p++) {
            if (problem.padMaxKw(p) > 0) {
                pads++;
            }
        }
        int slots = problem.slots();
        MinCostFlow flow = new MinCostFlow(slots + 1);
        for (int t = 0; t < slots; t++) {
            flow.addEdge(t, t + 1, pads, 0.0);
        }
        double[] value = new double[problem.sessions()];
        int[] edge = new int[problem.sessions()];
        for (int s = 0; s < problem.sessions(); s++) {
            value[s] = bestValue(problem, s);
            edge[s] = value[s] > 0 ? flow.addEdge(problem.arrivalSlot(s), problem.departureSlot(s), 1, -value[s]) : -1;
        }
        flow.minimise(0, slots, pads);
        double total = 0.0;
        for (int s = 0; s < problem.sessions(); s++) {
            if (edge[s] >= 0) {
                total += value[s] * flow.flowOn(edge[s]);
            }
        }
        return total;
    }

    /** Weight × the most energy the session can take alone on any pad it may use. */
    private static double bestValue(IndexedProblem problem, int session) {
        if (problem.windowSlots(session) == 0 || problem.energyKwh(session) <= 0) {
            return 0.0;
        }
        double kwSlots = 0.0;
        for (int t = problem.arrivalSlot(session); t < problem.departureSlot(session); t++) {
            double bestKw = 0.0;
            for (int p = 0; p < problem.pads(); p++) {
                if (problem.fixedPad(session) < 0 || problem.fixedPad(session) == p) {
                    bestKw = Math.max(bestKw, aloneKw(problem, session, p, t));
                }
            }
            kwSlots += bestKw;
        }
        return problem.weight(session) * Math.min(problem.energyKwh(session), kwSlots * problem.slotHours());
    }

    /** The vehicle kW the session can take on the pad in the slot with every limit to itself. */
    private static double aloneKw(IndexedProblem problem, int session, int pad, int slot) {
        double efficiency = problem.padEfficiency(pad);
        double kw = Math.min(problem.rateKw(session, pad), problem.headroomKw(slot) * efficiency);
        int circuit = problem.padCircuit(pad);
        return circuit < 0 ? kw : Math.min(kw, problem.circuitLimitKw(circuit) * efficiency);
    }
}
