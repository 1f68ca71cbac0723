package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * A full hub with lossy pads (efficiency 0.9, 0.92): the greedy and the Timefold plan draw no more than
 * the grid and circuit limits, not even by float rounding after the conversion to grid draw, and the score of
 * the published greedy plan (what the dashboard explains) has no hard penalty.
 */
class NoOvershootTest {

    private static final PlanningProblem FULL_HUB = fullHub();

    @Test
    void greedyPlanDrawsAtMostTheLimitsAfterEfficiency() {
        assertWithinLimits(new Planner().greedy(FULL_HUB));
    }

    @Test
    void timefoldPlanDrawsAtMostTheLimitsAfterEfficiency() {
        assertWithinLimits(SolveSupport.solve(FULL_HUB, 20_000));
    }

    @Test
    void publishedGreedyPlanScoresNoHardPenalty() {
        IndexedProblem indexed = IndexedProblem.of(FULL_HUB);
        Plan greedy = new Planner().greedy(FULL_HUB);
        ChargePlan model = ChargePlanBuilder.build(indexed, PlanFactory.toAllocation(indexed, greedy), true, null,
                PlanningWeights.DEFAULTS);

        HardMediumSoftLongScore score = SolutionManager.<ChargePlan, HardMediumSoftLongScore>create(
                SolverFactory.create(SolverConfigs.greedyThenLocalSearch())).update(model);

        assertThat(score.hardScore()).isZero();
    }

    private static void assertWithinLimits(Plan plan) {
        Map<String, Pad> padById = new HashMap<>();
        FULL_HUB.pads().forEach(pad -> padById.put(pad.id(), pad));
        for (int t = 0; t < FULL_HUB.slots(); t++) {
            double gridKw = 0;
            double circuitKw = 0;
            for (SessionPlan session : plan.sessions()) {
                if (session.padId() == null) {
                    continue;
                }
                Pad pad = padById.get(session.padId());
                gridKw += pad.gridKw(session.kw(t));
                circuitKw += pad.circuitId() == null ? 0 : pad.gridKw(session.kw(t));
            }
            assertThat(gridKw).as("grid draw in slot %d", t).isLessThanOrEqualTo(FULL_HUB.hub().limitKw(t));
            assertThat(circuitKw).as("circuit draw in slot %d", t).isLessThanOrEqualTo(FULL_HUB.circuits().get(0).limitKw());
        }
    }

    private static PlanningProblem fullHub() {
        List<Pad> pads = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            pads.add(new Pad("P" + p, 11, p % 2 == 0 ? 0.9 : 0.92, p < 4 ? "C1" : null));
            sessions.add(new Session("S" + p, "V" + p, p % 3, 12, 60, null, 11, p % 2, null));
        }
        return new PlanningProblem(Instant.parse("2026-03-01T00:00:00Z"), 15, 12, new HubLimits("H-full", 40, null, null),
                List.of(new Circuit("C1", 23.3)), pads, null, null, sessions);
    }
}
