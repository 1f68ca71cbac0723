package org.wptdlm.web.dashboard;

import java.time.Instant;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/** A hub's plan as the live loop published it, with the problem it answers. */
record PublishedPlan(String hubId, PlanningProblem problem, Plan plan, DlmTrigger trigger, Instant publishedAt) {}
