package org.wptdlm.web.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.ingest.publish.PublishedPlanListener;

/**
 * The plan every hub is following now, in memory: the live loop tells it of each plan it publishes,
 * recommendations and what-if read it on their hot paths without touching the database.
 */
@Component
public class LivePlans implements PublishedPlanListener {

    private final Map<String, CurrentPlan> byHub = new ConcurrentHashMap<>();

    @Override
    public void published(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
        record(hubId, problem, plan, publishedAt);
    }

    @Override
    public void published(String hubId, PlanningProblem problem, Plan plan, List<GridLimitStep> gridLimitSteps,
            Instant publishedAt) {
        byHub.put(hubId, new CurrentPlan(hubId, problem, plan, publishedAt, gridLimitSteps));
    }

    public void record(String hubId, PlanningProblem problem, Plan plan, Instant publishedAt) {
        byHub.put(hubId, new CurrentPlan(hubId, problem, plan, publishedAt));
    }

    /** A plan read back at start-up; one the live loop published since is newer and stays. */
    void restore(CurrentPlan restored) {
        byHub.merge(restored.hubId(), restored,
                (live, stored) -> live.publishedAt().isBefore(stored.publishedAt()) ? stored : live);
    }

    public Optional<CurrentPlan> of(String hubId) {
        return Optional.ofNullable(byHub.get(hubId));
    }

    public Collection<CurrentPlan> all() {
        return List.copyOf(byHub.values());
    }
}
