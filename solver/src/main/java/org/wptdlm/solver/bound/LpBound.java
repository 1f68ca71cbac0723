package org.wptdlm.solver.bound;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * An upper bound on the priority-weighted energy any plan can deliver, from an LP relaxation solved
 * with ojAlgo. Pads of one class (same maximum, efficiency, circuit) are pooled. Per session and class,
 * {@code y} is the share of the session parked on that class (shares ≤ 1 in total) and {@code x} the
 * power per slot. Rows: the session gets at most {@code y} × its request from a class; per slot the
 * grid (limit minus base load) and every circuit carry the power divided by efficiency; per slot and
 * class the present sessions' shares fit the pad count (a vehicle holds its pad for its whole stay),
 * a vehicle draws at most one pad's rate in a slot,
 * and the pads of a class deliver at most their count of vehicles at full rate.
 * Every real plan (y ∈ {0,1}) satisfies these rows, so the LP optimum bounds every plan from above.
 * The answer is the smaller of this relaxation (or its Lagrangian dual) and {@link IntervalBound}, which
 * sees that a vehicle holds one pad for its whole stay; both bound every plan, so their minimum does.
 */
public final class LpBound {

    private LpBound() {
    }

    /** Above this many power variables the dense simplex is too slow; the Lagrangian dual takes over. */
    static final int EXACT_LP_MAX_VARIABLES = 300;

    /**
     * Priority weight × kWh; 0 for a problem without sessions or pads. The Lagrangian dual on big
     * problems is often loose by ~0.7 % (subgradient steps stall); the interval bound is exact there
     * when pads are short (large: 40,001.3, the LP optimum found by an outside LP solver). {@code knownPlanValue} is the
     * weighted energy of any feasible plan: it steers the Lagrangian dual on big problems.
     */
    public static double weightedEnergyKwh(IndexedProblem problem, double knownPlanValue) {
        return weightedEnergyKwh(problem, knownPlanValue, Long.MAX_VALUE);
    }

    /**
     * The same, with the Lagrangian dual's steps stopped at {@code deadlineNanos} ({@link System#nanoTime}):
     * its lowest value so far is still an upper bound, only a looser one (seconds on the large instance).
     */
    public static double weightedEnergyKwh(IndexedProblem problem, double knownPlanValue, long deadlineNanos) {
        List<PadClass> classes = PadClass.of(problem);
        if (classes.isEmpty() || problem.sessions() == 0) {
            return 0.0;
        }
        long variables = 0;
        for (int s = 0; s < problem.sessions(); s++) {
            variables += (long) problem.windowSlots(s) * classes.size();
        }
        double interval = IntervalBound.weightedEnergyKwh(problem); // first: the deadline is for the dual's steps
        double relaxation = variables > EXACT_LP_MAX_VARIABLES ? new LagrangianBound(problem).bound(knownPlanValue, deadlineNanos)
                : exact(problem, classes);
        return Math.min(relaxation, interval);
    }

    static double exact(IndexedProblem problem, List<PadClass> classes) {
        int slots = problem.slots();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression[] grid = new Expression[slots];
        Expression[][] circuit = new Expression[problem.circuits()][slots];
        Expression[][] occupancy = new Expression[classes.size()][slots];
        Expression[][] padPower = new Expression[classes.size()][slots];
        double hours = problem.slotHours();
        for (int s = 0; s < problem.sessions(); s++) {
            if (problem.windowSlots(s) == 0 || problem.energyKwh(s) <= 0) {
                continue;
            }
            List<Integer> usable = usableClasses(problem, classes, s);
            Expression onePad = model.addExpression("onepad_" + s).upper(1.0);
            Expression[] oneRate = new Expression[slots];
            for (int k : usable) {
                PadClass padClass = classes.get(k);
                double rateKw = Math.min(problem.sessionMaxKw(s), padClass.maxKw());
                if (rateKw <= 0) {
                    continue;
                }
                Variable share = model.addVariable("y_" + s + "_" + k).lower(0).upper(1);
                onePad.set(share, 1.0);
                Expression energy = model.addExpression("energy_" + s + "_" + k).upper(0.0);
                energy.set(share, -problem.energyKwh(s) / hours);
                for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s); t++) {
                    Variable x = model.addVariable("x_" + s + "_" + k + "_" + t).lower(0).upper(rateKw)
                            .weight(problem.weight(s) * hours);
                    energy.set(x, 1.0);
                    row(model, oneRate, s, t, "onerate", 1.0).set(x, 1.0 / rateKw);
                    row(model, grid, 0, t, "grid", problem.headroomKw(t)).set(x, 1.0 / padClass.efficiency());
                    if (padClass.circuit() >= 0) {
                        row(model, circuit[padClass.circuit()], padClass.circuit(), t, "circuit",
                                problem.circuitLimitKw(padClass.circuit())).set(x, 1.0 / padClass.efficiency());
                    }
                    row(model, occupancy[k], k, t, "pads", padClass.count()).set(share, 1.0);
                    row(model, padPower[k], k, t, "padpower", padClass.count()).set(x, 1.0 / rateKw);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("LP bound not solved to optimality: " + result.getState());
        }
        return result.getValue();
    }

    private static List<Integer> usableClasses(IndexedProblem problem, List<PadClass> classes, int session) {
        List<Integer> usable = new ArrayList<>();
        int fixed = problem.fixedPad(session);
        for (int k = 0; k < classes.size(); k++) {
            if (fixed < 0 || classes.get(k).holds(problem, fixed)) {
                usable.add(k);
            }
        }
        return usable;
    }

    private static Expression row(ExpressionsBasedModel model, Expression[] rows, int index, int slot, String name,
            double upperKw) {
        if (rows[slot] == null) {
            rows[slot] = model.addExpression(name + "_" + index + "_" + slot).upper(upperKw);
        }
        return rows[slot];
    }
}
