package org.wptdlm.web.plan;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * The plan a hub's controller is following, with the problem it answers, when it was published and
 * which source bound the grid limit from which slot on (empty when not known).
 *
 * @param restored true when read back from the database at start-up: published before the service
 *     (re)started, in force since {@code publishedAt} until the next re-plan replaces it
 */
public record CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt,
        List<GridLimitStep> gridLimitSteps, boolean restored) {

    public CurrentPlan {
        gridLimitSteps = gridLimitSteps == null ? List.of() : List.copyOf(gridLimitSteps);
    }

    /** A plan the live loop has just published. */
    public CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt,
            List<GridLimitStep> gridLimitSteps) {
        this(hubId, problem, plan, publishedAt, gridLimitSteps, false);
    }

    public CurrentPlan(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
        this(hubId, problem, plan, publishedAt, List.of());
    }
}
