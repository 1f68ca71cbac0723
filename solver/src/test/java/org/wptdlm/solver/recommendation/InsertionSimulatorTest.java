package org.wptdlm.solver.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.solver.recommendation.HubFixtures.constantPlan;
import static org.wptdlm.solver.recommendation.HubFixtures.pad;
import static org.wptdlm.solver.recommendation.HubFixtures.parked;
import static org.wptdlm.solver.recommendation.HubFixtures.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;

class InsertionSimulatorTest {

    @Test
    void emptyHubChargesAtOnceAtTheSlowerOfPadAndVehicle() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 11)), List.of());

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, null), 4, 1.0, 12, 100, 22);

        assertThat(insertion.padId()).isEqualTo("p1");
        assertThat(insertion.firstChargingSlot()).isEqualTo(4);
        assertThat(insertion.kwBySlot()).allSatisfy(kw -> assertThat(kw).isCloseTo(11, within(1e-6)));
        assertThat(insertion.energyKwh()).isCloseTo(8 * 11 * 0.25, within(1e-6));
    }

    @Test
    void stopsWhenTheNeedIsMet() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 20)), List.of());

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, null), 0, 1.0, 32, 7.5, 20);

        assertThat(insertion.energyKwh()).isCloseTo(7.5, within(1e-9));
        assertThat(insertion.slotReaching(7.5)).isEqualTo(1);
    }

    @Test
    void arrivingInsideASlotGetsOnlyTheRestOfIt() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 11)), List.of());

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, null), 4, 0.25, 12, 100, 11);

        assertThat(insertion.firstChargingSlot()).isEqualTo(4);
        assertThat(insertion.kwBySlot().get(0)).isCloseTo(11 * 0.25, within(1e-6));
        assertThat(insertion.kwBySlot().get(1)).isCloseTo(11, within(1e-6));
    }

    @Test
    void getsOnlyTheGridPowerThePlanLeaves() {
        PlanningProblem hub = problem(30, List.of(pad("p1", 22), pad("p2", 22)), List.of(parked("a", "p1", 0, 32)));

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, constantPlan(hub, 22)), 0, 1.0, 4, 100, 22);

        assertThat(insertion.padId()).isEqualTo("p2");
        assertThat(insertion.kwBySlot()).allSatisfy(kw -> assertThat(kw).isCloseTo(8, within(1e-6)));
    }

    @Test
    void waitsForThePadThatFreesFirst() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 11), pad("p2", 11)),
                List.of(parked("a", "p1", 0, 10), parked("b", "p2", 0, 6)));

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, constantPlan(hub, 11)), 2, 1.0, 20, 100, 11);

        assertThat(insertion.padId()).isEqualTo("p2");
        assertThat(insertion.firstChargingSlot()).isEqualTo(6);
    }

    @Test
    void leavesAPadBeforeTheNextVehicleOnItArrives() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 10)), List.of(parked("a", "p1", 8, 20)));

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, constantPlan(hub, 10)), 0, 1.0, 20, 100, 10);

        assertThat(insertion.fromSlot()).isZero();
        assertThat(insertion.kwBySlot()).hasSize(8);
    }

    @Test
    void respectsTheCircuitLimitDividedByEfficiency() {
        Pad onCircuit = new Pad("p1", 50, 0.8, "c1");
        PlanningProblem hub = problem(100, List.of(new Circuit("c1", 10)), List.of(onCircuit), List.of(), null);

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, null), 0, 1.0, 4, 100, 50);

        assertThat(insertion.kwBySlot()).allSatisfy(kw -> assertThat(kw / 0.8).isLessThanOrEqualTo(10.0));
        assertThat(insertion.kwBySlot().get(0)).isCloseTo(8, within(1e-6));
    }

    @Test
    void noPadFreeDuringTheStayGivesNothing() {
        PlanningProblem hub = problem(100, List.of(pad("p1", 11)), List.of(parked("a", "p1", 0, 32)));

        Insertion insertion = InsertionSimulator.insert(ResidualCapacity.of(hub, constantPlan(hub, 11)), 4, 1.0, 12, 100, 11);

        assertThat(insertion.padId()).isNull();
        assertThat(insertion.energyKwh()).isZero();
        assertThat(insertion.firstChargingSlot()).isEqualTo(-1);
    }
}
