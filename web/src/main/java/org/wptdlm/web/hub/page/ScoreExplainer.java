package org.wptdlm.web.hub.page;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.explain.PlanReason;
import org.wptdlm.web.plan.CurrentPlan;

/**
 * The planner's explanation of each hub's published plan ({@link Planner#explain}), kept until the
 * hub's next plan replaces it: analysing a plan costs more than a page view.
 */
@Component
class ScoreExplainer {

    private final Planner planner;
    private final Map<String, Explained> latestByHub = new ConcurrentHashMap<>();

    ScoreExplainer(Planner planner) {
        this.planner = planner;
    }

    /** The reasons the hub's published plan lost score, worst first; empty when it lost none or cannot be analysed. */
    List<PlanReason> explain(CurrentPlan published) {
        Explained known = latestByHub.get(published.hubId());
        if (known != null && known.published() == published) {
            return known.reasons();
        }
        List<PlanReason> reasons = planner.explain(published.problem(), published.plan());
        latestByHub.put(published.hubId(), new Explained(published, reasons));
        return reasons;
    }

    private record Explained(CurrentPlan published, List<PlanReason> reasons) {}
}
