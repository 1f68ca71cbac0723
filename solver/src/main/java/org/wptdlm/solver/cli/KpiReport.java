package org.wptdlm.solver.cli;

import java.io.PrintWriter;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.domain.planning.Plan;

/** Prints a plan's KPIs as aligned "name: value" lines. */
final class KpiReport {

    private KpiReport() {
    }

    static void print(PrintWriter out, Plan plan) {
        Kpis kpis = plan.kpis();
        out.printf("strategy:                  %s%n", plan.strategy());
        out.printf("energy delivered:          %.3f of %.3f kWh (%.2f %%)%n", kpis.energyDeliveredKwh(),
                kpis.energyRequestedKwh(), percent(kpis.energyDeliveredKwh(), kpis.energyRequestedKwh()));
        out.printf("critical energy delivered: %.3f of %.3f kWh%n", kpis.criticalEnergyDeliveredKwh(),
                kpis.criticalEnergyRequestedKwh());
        out.printf("weighted energy:           %.3f kWh x priority weight%n", kpis.weightedEnergyDeliveredKwh());
        if (kpis.lpBoundWeightedEnergyKwh() != null) {
            out.printf("LP upper bound:            %.3f kWh x priority weight (gap %.3f %%)%n",
                    kpis.lpBoundWeightedEnergyKwh(), kpis.gapPercent());
        }
        out.printf("sessions served:           %d%n", kpis.sessionsServed());
        out.printf("peak grid draw:            %.3f kW%n", kpis.peakGridKw());
        out.printf("cost:                      %.3f%n", kpis.cost());
        out.printf("carbon:                    %.3f kg%n", kpis.carbonKg());
        if (kpis.setpointChangesPerSessionHour() != null) {
            out.printf("setpoint changes:          %.3f per session-hour%n", kpis.setpointChangesPerSessionHour());
        }
        out.printf("solve time:                %d ms%n", kpis.solveTimeMillis());
        if (kpis.score() != null) {
            out.printf("score:                     %s%n", kpis.score());
        }
        plan.reasons().forEach(reason -> out.printf("note:                      %s%n", reason));
        out.flush();
    }

    static double percent(double part, double whole) {
        return whole <= 0 ? 100.0 : 100.0 * part / whole;
    }
}
