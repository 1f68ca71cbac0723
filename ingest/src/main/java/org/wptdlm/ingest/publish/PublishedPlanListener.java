package org.wptdlm.ingest.publish;

import java.time.Instant;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/**
 * Told of every plan handed to a hub's controller, with the problem it answers: lets in-memory
 * readers (recommendations, what-if) follow the live plans without reading the database. Called on
 * the planning thread; implementations return at once and never throw.
 */
public interface PublishedPlanListener {

    void published(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt);
}
