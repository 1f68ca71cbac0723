package org.wptdlm.ingest.publish;

import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.live.HubSnapshot;

/**
 * The power the pads together may draw from the grid, kW, per slot: the binding grid limit less
 * the base load (the problem's slot arrays, {@link PlanningProblem#chargingHeadroomKw}), and never
 * more than the hub's own limit less the base load its status reported. Taking both keeps the
 * guard independent of how the problem was built.
 */
public final class ChargingHeadroom {

    private ChargingHeadroom() {}

    public static double[] bySlotKw(HubSnapshot hub, PlanningProblem problem) {
        double[] headroomKw = new double[problem.slots()];
        for (int t = 0; t < headroomKw.length; t++) {
            headroomKw[t] = Math.min(hub.chargingHeadroomKw(), problem.chargingHeadroomKw(t));
        }
        return headroomKw;
    }

    /**
     * The lowest headroom over the horizon: what the fallback limits share out, so pads running at
     * their fallback stay within every limit the service knew of, whenever it fell silent.
     */
    public static double lowestKw(HubSnapshot hub, PlanningProblem problem) {
        double lowestKw = hub.chargingHeadroomKw();
        for (double headroomKw : bySlotKw(hub, problem)) {
            lowestKw = Math.min(lowestKw, headroomKw);
        }
        return lowestKw;
    }
}
