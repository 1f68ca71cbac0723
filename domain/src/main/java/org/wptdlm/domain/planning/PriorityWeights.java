package org.wptdlm.domain.planning;

/**
 * How a session's integer priority weighs its energy in the priority-weighted objective: weight =
 * priority + 1, so priority 0 still counts and each step up is worth one more unit. One definition,
 * shared by the solver, the LP bound and the KPIs.
 */
public final class PriorityWeights {

    private PriorityWeights() {
    }

    public static int weightOf(int priority) {
        return Math.max(0, priority) + 1;
    }
}
