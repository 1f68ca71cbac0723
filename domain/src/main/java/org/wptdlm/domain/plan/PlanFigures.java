package org.wptdlm.domain.plan;

import java.time.Instant;
import org.wptdlm.domain.planning.Kpis;

/**
 * A stored plan's key figures, next to its hub's grid limit, for figures over time.
 *
 * @param kpis the plan's key figures, or null when the plan was stored without them
 */
public record PlanFigures(long planId, String hubId, Instant createdAt, String strategy, Kpis kpis, double gridLimitKw) {}
