package org.wptdlm.web.hub.page;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.solver.explain.PlanReason;

/**
 * The hub's current plan as the hub page shows it: where it came from, its key figures, and the
 * chart data as JSON for the page's script, and the constraints that cost it score, in words.
 *
 * @param restored published before the service started and read back from the database; in force since
 *     {@code publishedAt} until the next re-plan
 */
record PlanView(
        String strategy,
        Instant publishedAt,
        Instant horizonStart,
        Instant horizonEnd,
        Kpis kpis,
        String gridChartJson,
        String socChartJson,
        int hiddenVehicles,
        List<PlanReason> reasons,
        boolean restored) {

    /** Whether every must-have kWh is planned (a watt-hour short is rounding). */
    public boolean criticalNeedsMet() {
        return kpis == null || kpis.criticalEnergyDeliveredKwh() + 1e-3 >= kpis.criticalEnergyRequestedKwh();
    }
}
