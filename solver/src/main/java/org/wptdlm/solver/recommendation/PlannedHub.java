package org.wptdlm.solver.recommendation;

import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;

/**
 * A hub as the live loop sees it now: where it is, its planning problem and the plan it published
 * for that problem ({@code plan} is null before the first plan; then nothing is allocated yet).
 */
public record PlannedHub(String hubId, String name, GeoPoint location, PlanningProblem problem, Plan plan) {

    public PlannedHub {
        if (hubId == null || location == null || problem == null) {
            throw new IllegalArgumentException("hubId, location and problem are required");
        }
    }
}
