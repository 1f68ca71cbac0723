package org.wptdlm.solver.kpi;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.planning.PlanningProblem;

/**
 * Cost and carbon of each slot's charging grid energy (kW drawn × slot hours × the slot's price or
 * carbon intensity): the plan's {@code cost} and {@code carbonKg} KPIs are their sums, and stored per
 * slot they let a day's figures be added up from the slots each plan was in force.
 *
 * @param cost per slot, in the price's currency; empty when the problem has no prices
 * @param carbonKg per slot, kg CO₂; empty when the problem has no carbon intensity
 */
public record SlotCosts(List<Double> cost, List<Double> carbonKg) {

    static SlotCosts of(PlanningProblem problem, double[] chargingGridKw) {
        List<Double> cost = new ArrayList<>(chargingGridKw.length);
        List<Double> carbonKg = new ArrayList<>(chargingGridKw.length);
        for (int t = 0; t < chargingGridKw.length; t++) {
            double gridKwh = chargingGridKw[t] * problem.slotHours();
            cost.add(gridKwh * problem.pricePerKwh(t));
            carbonKg.add(gridKwh * problem.carbonGPerKwh(t) / 1000.0);
        }
        return new SlotCosts(problem.pricePerKwhBySlot() == null ? List.of() : cost,
                problem.carbonGPerKwhBySlot() == null ? List.of() : carbonKg);
    }

    public double totalCost() {
        return cost.stream().mapToDouble(Double::doubleValue).sum();
    }

    public double totalCarbonKg() {
        return carbonKg.stream().mapToDouble(Double::doubleValue).sum();
    }
}
