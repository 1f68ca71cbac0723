package org.wptdlm.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.constraints.ChargingConstraints;

/** The plan's explanation counts real shortfalls only, and calls a hard-limit break a defect. */
class PlanExplainerDefectTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private final Planner explainer = new Planner();

    @Test
    void aVehicleThatCannotGetItsEnergyIsNamedWithItsShortfall() {
        // 11 kW for one hour cannot give 20 kWh.
        PlanningProblem problem = problem(40, new Session("s1", "ev-1", 0, 4, 20, 0.0, 11, 1, "pad-1"));

        List<PlanReason> reasons = explainer.explain(problem, new Planner().greedy(problem));

        PlanReason missing = reasons.stream().filter(reason -> reason.constraint().equals(ChargingConstraints.ENERGY_MISSING))
                .findFirst().orElseThrow();
        assertThat(missing.headline()).startsWith("1 vehicles leave with less");
        assertThat(missing.cases()).containsExactly("ev-1 leaves 9.0 kWh short of its requested energy");
        assertThat(missing.defect()).isFalse();
    }

    @Test
    void shortfallsOfRoundingAreNoReason() {
        // 11 kW for an hour gives 11 kWh: 10 Wh short of the request.
        PlanningProblem problem = problem(40, new Session("s1", "ev-1", 0, 4, 11.01, 0.0, 11, 1, "pad-1"));
        Plan plan = new Plan(List.of(new SessionPlan("s1", "pad-1", List.of(11.0, 11.0, 11.0, 11.0))), null, "greedy", List.of());

        assertThat(explainer.explain(problem, plan)).noneMatch(reason -> reason.constraint().equals(ChargingConstraints.ENERGY_MISSING));
    }

    @Test
    void aPlanOverTheGridLimitIsFlaggedAsADefect() {
        PlanningProblem problem = problem(10, new Session("s1", "ev-1", 0, 4, 40, 0.0, 11, 1, "pad-1"));
        Plan plan = new Plan(List.of(new SessionPlan("s1", "pad-1", List.of(11.0, 11.0, 11.0, 11.0))), null, "greedy", List.of());

        PlanReason grid = explainer.explain(problem, plan).stream()
                .filter(reason -> reason.constraint().equals(ChargingConstraints.GRID_LIMIT)).findFirst().orElseThrow();

        assertThat(grid.defect()).isTrue();
        assertThat(grid.headline()).startsWith("Planner defect:");
    }

    private static PlanningProblem problem(double gridLimitKw, Session session) {
        return new PlanningProblem(START, 15, 4, new HubLimits("hub-1", gridLimitKw, null, null), null,
                List.of(new Pad("pad-1", 11, 1.0, null)), null, null, List.of(session));
    }
}
