package org.wptdlm.solver.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.solver.TestProblems.hourly;
import static org.wptdlm.solver.TestProblems.pad;
import static org.wptdlm.solver.TestProblems.session;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.solver.generator.InstanceSize;
import org.wptdlm.solver.generator.SyntheticProblemGenerator;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanFactory;
import org.wptdlm.solver.problem.IndexedProblem;

class LpBoundTest {

    @Test
    void gridLimitCapsTheEnergy() {
        // 2 slots × 10 kW grid = 20 kWh, though the two vehicles want 30 kWh; priority 0 = weight 1.
        var problem = hourly(2, 10, List.of(pad("P1", 11), pad("P2", 11)),
                List.of(session("S1", 0, 2, 15, 11), session("S2", 0, 2, 15, 11)));

        assertThat(LpBound.weightedEnergyKwh(IndexedProblem.of(problem), 0.0)).isCloseTo(20.0, within(1e-6));
    }

    @Test
    void priorityWeightsTheEnergyThatFits() {
        // 10 kWh fit; the priority-2 session (weight 3) takes them all: bound 30.
        var problem = hourly(1, 10, List.of(pad("P1", 11), pad("P2", 11)),
                List.of(session("S1", 0, 1, 10, 11, 2, null), session("S2", 0, 1, 10, 11)));

        assertThat(LpBound.weightedEnergyKwh(IndexedProblem.of(problem), 0.0)).isCloseTo(30.0, within(1e-6));
    }

    @Test
    void padCountLimitsHowManyVehiclesChargeAtOnce() {
        // One 7 kW pad, three vehicles present for one hour: at most 7 kWh.
        var problem = hourly(1, 100, List.of(pad("P1", 7)),
                List.of(session("S1", 0, 1, 10, 7), session("S2", 0, 1, 10, 7), session("S3", 0, 1, 10, 7)));

        assertThat(LpBound.weightedEnergyKwh(IndexedProblem.of(problem), 0.0)).isCloseTo(7.0, within(1e-6));
    }

    @Test
    void circuitLimitCountsGridPowerAfterEfficiency() {
        // 9 kW circuit at 90 % efficiency delivers 8.1 kWh in one hour.
        var problem = hourly(1, 100, List.of(new Circuit("C1", 9)), List.of(new Pad("P1", 22, 0.9, "C1")),
                List.of(session("S1", 0, 1, 40, 22)));

        assertThat(LpBound.weightedEnergyKwh(IndexedProblem.of(problem), 0.0)).isCloseTo(8.1, within(1e-6));
    }

    @Test
    void requestAndVehicleMaximumCapTheEnergy() {
        var problem = hourly(3, 100, List.of(pad("P1", 22)), List.of(session("S1", 0, 3, 40, 11), session("S2", 1, 2, 0, 11)));

        assertThat(LpBound.weightedEnergyKwh(IndexedProblem.of(problem), 0.0)).isCloseTo(33.0, within(1e-6));
    }

    @Test
    void lagrangianBoundLiesBetweenTheGreedyPlanAndTheExactLp() {
        IndexedProblem problem = IndexedProblem.of(new SyntheticProblemGenerator(7).generate(new InstanceSize("test", 10, 4, 16)));
        double greedy = PlanFactory.toPlan(problem, new GreedyPlanner().solve(problem), "greedy", 0, null)
                .kpis().weightedEnergyDeliveredKwh();

        double exact = LpBound.exact(problem, PadClass.of(problem));
        double lagrangian = new LagrangianBound(problem).bound(greedy, Long.MAX_VALUE);
        // Cut short at once (the plan command's deadline passed): looser, still an upper bound.
        double cutShort = new LagrangianBound(problem).bound(greedy, System.nanoTime());

        assertThat(exact).isGreaterThanOrEqualTo(greedy - 1e-6);
        assertThat(lagrangian).isGreaterThanOrEqualTo(greedy - 1e-6).isLessThanOrEqualTo(exact * 1.02);
        assertThat(cutShort).isGreaterThanOrEqualTo(lagrangian - 1e-6);
    }

    @Test
    void intervalBoundServesTheMostValuableStaysThePadsHold() {
        // One pad; S2 overlaps S1 and S3, which do not overlap each other: S1 + S3 (10 + 15 kWh) beat S2 (20 kWh).
        var problem = IndexedProblem.of(hourly(6, 100, List.of(pad("P1", 10)),
                List.of(session("S1", 0, 2, 10, 10), session("S2", 1, 5, 20, 10), session("S3", 4, 6, 15, 10))));

        assertThat(IntervalBound.weightedEnergyKwh(problem)).isCloseTo(25.0, within(1e-6));
        assertThat(LpBound.weightedEnergyKwh(problem, 0.0)).isCloseTo(25.0, within(1e-6));
    }

    @Test
    void intervalBoundCapsEachStayByItsRateAndTheGridInEachSlot() {
        // 6 kW of grid in each of 3 slots: a vehicle alone takes at most 18 kWh of its 40 kWh request.
        var problem = IndexedProblem.of(hourly(3, 6, List.of(pad("P1", 11)), List.of(session("S1", 0, 3, 40, 11))));

        assertThat(IntervalBound.weightedEnergyKwh(problem)).isCloseTo(18.0, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.json", "varying-limit.json"})
    void intervalBoundIsNeverBelowAPlan(String file) {
        IndexedProblem problem = IndexedProblem.of(PlanningJson.readProblem(Path.of("..", "benchmark-data", file)));
        double greedy = PlanFactory.toPlan(problem, new GreedyPlanner().solve(problem), "greedy", 0, null)
                .kpis().weightedEnergyDeliveredKwh();

        assertThat(IntervalBound.weightedEnergyKwh(problem)).isGreaterThanOrEqualTo(greedy - 1e-6);
    }
}
