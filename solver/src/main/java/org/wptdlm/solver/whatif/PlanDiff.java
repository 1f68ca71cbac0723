package org.wptdlm.solver.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/** Compares two plans vehicle by vehicle (a vehicle has at most one session per problem). Pure. */
public final class PlanDiff {

    /** Energy differences below this are rounding, not a change. */
    static final double SAME_KWH = 0.01;
    /** The greedy's level search stops a hair short of a need; a watt-hour is no shortfall. */
    private static final double MET_TOLERANCE_KWH = 1e-3;

    private PlanDiff() {
    }

    /**
     * @param batteries last known battery per vehicle id, for the state of charge at departure (may miss vehicles)
     */
    public static ScenarioComparison compare(PlanningProblem currentProblem, Plan currentPlan,
            PlanningProblem scenarioProblem, Plan scenarioPlan, Map<String, VehicleBattery> batteries) {
        Map<String, VehicleDifference.Side> current = sides(currentProblem, currentPlan, batteries);
        Map<String, VehicleDifference.Side> scenario = sides(scenarioProblem, scenarioPlan, batteries);
        Map<String, Boolean> vehicleIds = new LinkedHashMap<>();
        current.keySet().forEach(id -> vehicleIds.put(id, true));
        scenario.keySet().forEach(id -> vehicleIds.put(id, true));
        List<VehicleDifference> vehicles = new ArrayList<>();
        double currentTotal = 0.0;
        double scenarioTotal = 0.0;
        int lost = 0;
        int gained = 0;
        for (String vehicleId : vehicleIds.keySet()) {
            VehicleDifference.Side before = current.get(vehicleId);
            VehicleDifference.Side after = scenario.get(vehicleId);
            double beforeKwh = before == null ? 0.0 : before.energyKwh();
            double afterKwh = after == null ? 0.0 : after.energyKwh();
            currentTotal += beforeKwh;
            scenarioTotal += afterKwh;
            if (before != null && after != null && before.criticalNeedMet() != after.criticalNeedMet()) {
                lost += before.criticalNeedMet() ? 1 : 0;
                gained += after.criticalNeedMet() ? 1 : 0;
            }
            vehicles.add(new VehicleDifference(vehicleId, change(before, after), before, after, round(afterKwh - beforeKwh)));
        }
        return new ScenarioComparison(round(currentTotal), round(scenarioTotal), lost, gained, vehicles);
    }

    private static VehicleDifference.Change change(VehicleDifference.Side before, VehicleDifference.Side after) {
        if (before == null) {
            return VehicleDifference.Change.ADDED;
        }
        if (after == null) {
            return VehicleDifference.Change.REMOVED;
        }
        double delta = after.energyKwh() - before.energyKwh();
        if (Math.abs(delta) < SAME_KWH) {
            return VehicleDifference.Change.SAME;
        }
        return delta > 0 ? VehicleDifference.Change.MORE : VehicleDifference.Change.LESS;
    }

    private static Map<String, VehicleDifference.Side> sides(PlanningProblem problem, Plan plan,
            Map<String, VehicleBattery> batteries) {
        Map<String, SessionPlan> rows = new HashMap<>();
        if (plan != null) {
            plan.sessions().forEach(row -> rows.put(row.id(), row));
        }
        Map<String, VehicleDifference.Side> sides = new LinkedHashMap<>();
        for (Session session : problem.sessions()) {
            SessionPlan row = rows.get(session.id());
            double energyKwh = row == null ? 0.0 : energyKwh(row, problem.slotHours());
            VehicleBattery battery = batteries.get(session.vehicleId());
            sides.put(session.vehicleId(), new VehicleDifference.Side(session.id(), row == null ? null : row.padId(),
                    round(energyKwh), session.energyKwh(), session.criticalKwh(),
                    energyKwh >= session.criticalKwh() - MET_TOLERANCE_KWH,
                    battery == null ? null : Math.round(battery.socPercentAfter(energyKwh) * 10) / 10.0));
        }
        return sides;
    }

    private static double energyKwh(SessionPlan row, double slotHours) {
        return row.kwBySlot().stream().mapToDouble(Double::doubleValue).sum() * slotHours;
    }

    private static double round(double kwh) {
        return Math.round(kwh * 1000) / 1000.0;
    }
}
