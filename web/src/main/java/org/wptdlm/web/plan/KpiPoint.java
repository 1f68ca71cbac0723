package org.wptdlm.web.plan;

import java.time.Instant;
import org.wptdlm.domain.plan.PlanFigures;
import org.wptdlm.domain.planning.Kpis;

/**
 * One published plan's figures, for KPIs over time. KPI fields are null where the plan was stored without KPIs.
 *
 * @param criticalEnergyRequestedKwh with {@code criticalEnergyDeliveredKwh}: how much of the must-have energy was met
 * @param peakGridKw the plan's highest grid draw, next to the hub's {@code gridLimitKw}
 */
record KpiPoint(
        long planId,
        String hubId,
        Instant createdAt,
        String strategy,
        Double energyRequestedKwh,
        Double energyDeliveredKwh,
        Double criticalEnergyRequestedKwh,
        Double criticalEnergyDeliveredKwh,
        Double peakGridKw,
        double gridLimitKw) {

    static KpiPoint of(PlanFigures figures) {
        Kpis kpis = figures.kpis();
        return kpis == null
                ? new KpiPoint(figures.planId(), figures.hubId(), figures.createdAt(), figures.strategy(), null, null, null,
                        null, null, figures.gridLimitKw())
                : new KpiPoint(figures.planId(), figures.hubId(), figures.createdAt(), figures.strategy(),
                        kpis.energyRequestedKwh(), kpis.energyDeliveredKwh(), kpis.criticalEnergyRequestedKwh(),
                        kpis.criticalEnergyDeliveredKwh(), kpis.peakGridKw(), figures.gridLimitKw());
    }
}
