package org.wptdlm.web.whatif;

import java.time.Instant;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.whatif.ScenarioComparison;

/**
 * One solve of a scenario: the problem it became against the hub's state at {@code ranAt}, the plan
 * found, the KPIs of the plan the hub was following then, and the comparison per vehicle.
 *
 * @param id null before it is stored
 */
public record ScenarioRun(
        Long id,
        long scenarioId,
        String ranBy,
        Instant ranAt,
        PlanningProblem problem,
        Plan plan,
        Kpis currentKpis,
        ScenarioComparison comparison) {

    ScenarioRun withId(long newId) {
        return new ScenarioRun(newId, scenarioId, ranBy, ranAt, problem, plan, currentKpis, comparison);
    }

    /** The part kept as JSON. */
    record Result(PlanningProblem problem, Plan plan, Kpis currentKpis, ScenarioComparison comparison) {
    }

    Result result() {
        return new Result(problem, plan, currentKpis, comparison);
    }
}
