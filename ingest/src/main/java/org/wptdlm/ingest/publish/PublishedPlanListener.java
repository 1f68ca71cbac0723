package org.wptdlm.ingest.publish;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * Told of every plan handed to a hub's controller, with the problem it answers: lets in-memory
 * readers (recommendations, what-if) follow the live plans without reading the database. Called on
 * the planning thread; implementations return at once and never throw.
 */
public interface PublishedPlanListener {

    void published(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt);

    /**
     * The same, with the binding grid limit's change points and their sources (what the allocation
     * recorded); listeners that do not need them get the call above.
     */
    default void published(String hubId, PlanningProblem problem, Plan plan, List<GridLimitStep> gridLimitSteps,
            Instant publishedAt) {
        published(hubId, problem, plan, publishedAt);
    }
}
