package org.wptdlm.web.plan;

import java.time.Instant;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/** The plan a hub's controller is following, with the problem it answers and when it was published. */
public record CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
}
