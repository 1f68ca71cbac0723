package org.wptdlm.domain.planning;

import java.util.List;

/**
 * The plan file: per session the pad (null = not served) and the power delivered to the vehicle per
 * slot, the KPIs, the strategy that produced it and, when the plan had to give up (for example base
 * load above the grid limit), the reason in words.
 */
public record Plan(List<SessionPlan> sessions, Kpis kpis, String strategy, List<String> reasons) {

    public Plan {
        sessions = List.copyOf(sessions);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Plan withKpis(Kpis newKpis) {
        return new Plan(sessions, newKpis, strategy, reasons);
    }
}
