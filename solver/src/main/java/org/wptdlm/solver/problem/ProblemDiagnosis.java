package org.wptdlm.solver.problem;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.planning.PlanningProblem;

/** Reasons, in words, why a valid problem cannot be served fully: slots where base load leaves the chargers nothing. */
public final class ProblemDiagnosis {

    private ProblemDiagnosis() {
    }

    public static List<String> reasons(PlanningProblem problem) {
        List<String> reasons = new ArrayList<>();
        int firstBlocked = -1;
        for (int t = 0; t <= problem.slots(); t++) {
            boolean blocked = t < problem.slots() && problem.hub().baseLoadKw(t) >= problem.hub().limitKw(t);
            if (blocked && firstBlocked < 0) {
                firstBlocked = t;
            } else if (!blocked && firstBlocked >= 0) {
                reasons.add(describe(problem, firstBlocked, t - 1));
                firstBlocked = -1;
            }
        }
        if (problem.pads().isEmpty() && !problem.sessions().isEmpty()) {
            reasons.add("the hub has no pads: no session can be served");
        }
        return reasons;
    }

    private static String describe(PlanningProblem problem, int first, int last) {
        return String.format("slots %d-%d: base load %.1f kW is at or above the grid limit %.1f kW, so no charging there",
                first, last, problem.hub().baseLoadKw(first), problem.hub().limitKw(first));
    }
}
