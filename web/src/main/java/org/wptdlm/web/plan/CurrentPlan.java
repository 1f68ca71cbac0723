package org.wptdlm.web.plan;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * The plan a hub's controller is following, with the problem it answers, when it was published and
 * which source bound the grid limit from which slot on (empty when not known).
 */
public record CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt,
        List<GridLimitStep> gridLimitSteps) {

    public CurrentPlan {
        gridLimitSteps = gridLimitSteps == null ? List.of() : List.copyOf(gridLimitSteps);
    }

    public CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
        this(hubId, problem, plan, publishedAt, List.of());
    }
}
