package org.wptdlm.web.plan;

import java.time.Instant;

/**
 * One published plan's figures, for KPIs over time. KPI fields are null where the stored plan lacks them.
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
}
