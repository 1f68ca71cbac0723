package org.wptdlm.solver.bound;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * An upper bound on the priority-weighted energy any plan can deliver: the LP relaxation that keeps
 * every power limit (grid minus base load, circuits, pad and vehicle maximum, request) but lets pads be
 * shared fractionally: at any slot, the pads of one class carry at most their count of vehicles at full
 * rate, and a vehicle uses at most one pad's worth of rate. Every real plan is a solution of this LP,
 * so its optimum bounds every plan from above.
 */
public final class LpBound {

    private LpBound() {
    }

    /** Priority weight × kWh; 0 for a problem without sessions or pads. */
    public static double weightedEnergyKwh(IndexedProblem problem) {
        List<PadClass> classes = PadClass.of(problem);
        if (classes.isEmpty() || problem.sessions() == 0) {
            return 0.0;
        }
        int slots = problem.slots();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression[] grid = new Expression[slots];
        Expression[][] circuit = new Expression[problem.circuits()][slots];
        Expression[][] padCount = new Expression[classes.size()][slots];
        double hours = problem.slotHours();
        for (int s = 0; s < problem.sessions(); s++) {
            if (problem.windowSlots(s) == 0 || problem.energyKwh(s) <= 0) {
                continue;
            }
            List<Integer> usable = usableClasses(problem, classes, s);
            Expression energy = model.addExpression("energy_" + s).upper(problem.energyKwh(s) / hours);
            for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s); t++) {
                Expression onePad = usable.size() > 1 ? model.addExpression("onepad_" + s + "_" + t).upper(1.0) : null;
                for (int k : usable) {
                    PadClass padClass = classes.get(k);
                    double rateKw = Math.min(problem.sessionMaxKw(s), padClass.maxKw());
                    if (rateKw <= 0) {
                        continue;
                    }
                    Variable x = model.addVariable("x_" + s + "_" + k + "_" + t).lower(0).upper(rateKw)
                            .weight(problem.weight(s) * hours);
                    energy.set(x, 1.0);
                    if (onePad != null) {
                        onePad.set(x, 1.0 / rateKw);
                    }
                    row(model, grid, 0, t, "grid", problem.headroomKw(t)).set(x, 1.0 / padClass.efficiency());
                    if (padClass.circuit() >= 0) {
                        row(model, circuit[padClass.circuit()], padClass.circuit(), t, "circuit",
                                problem.circuitLimitKw(padClass.circuit())).set(x, 1.0 / padClass.efficiency());
                    }
                    row(model, padCount[k], k, t, "pads", padClass.count()).set(x, 1.0 / rateKw);
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
