package org.wptdlm.solver.explain;

import java.util.List;

/**
 * One goal that cost the plan score, in words: which rule, how hard it weighs (hard, medium or soft), a
 * sentence an operator understands, and the largest cases.
 *
 * @param score the goal's score impact as the solver writes it, for the curious
 * @param moreCases cases beyond those listed
 */
public record PlanReason(String constraint, String level, String headline, List<String> cases, int moreCases, String score) {

    public static final String HARD = "hard";

    /**
     * A published plan never breaks a hard limit by design (the planner must respect it, and the
     * allocation publisher's safety guard cuts anything over before it leaves): a hard cost here is a
     * defect to report, never a state of the hub to accept.
     */
    public boolean defect() {
        return HARD.equals(level);
    }
}
