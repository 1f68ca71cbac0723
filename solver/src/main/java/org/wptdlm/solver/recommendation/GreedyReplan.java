package org.wptdlm.solver.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/**
 * What the live loop's greedy would give a critical newcomer when it re-plans the hub with it: the
 * greedy serves every session's critical energy before anyone's remaining energy, so a critical
 * vehicle may take power the published plan gave to others — which a plain insertion cannot see.
 */
final class GreedyReplan {

    private GreedyReplan() {
    }

    static Insertion insert(PlanningProblem problem, Function<PlanningProblem, Plan> greedy, Session newcomer) {
        List<Session> sessions = new ArrayList<>(problem.sessions());
        sessions.add(newcomer);
        Plan plan = greedy.apply(problem.withSessions(sessions));
        SessionPlan row = plan.sessions().stream()
                .filter(candidate -> candidate.id().equals(newcomer.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the greedy plan lost session " + newcomer.id()));
        if (row.padId() == null) {
            return Insertion.none(newcomer.arrivalSlot(), problem.slotHours());
        }
        List<Double> stay = row.kwBySlot().subList(newcomer.arrivalSlot(), newcomer.departureSlot());
        return new Insertion(row.padId(), newcomer.arrivalSlot(), stay, problem.slotHours());
    }
}
