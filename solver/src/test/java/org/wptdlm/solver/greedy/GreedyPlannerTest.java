package org.wptdlm.solver.greedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.solver.TestProblems.hourly;
import static org.wptdlm.solver.TestProblems.pad;
import static org.wptdlm.solver.TestProblems.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

class GreedyPlannerTest {

    private final GreedyPlanner greedy = new GreedyPlanner();

    private static double delivered(Allocation allocation, int session) {
        return allocation.deliveredKwh(session, 1.0);
    }

    @Test
    void givesAnIdleHubsCarItsFullRateFromTheFirstSlotUntilItsEnergyIsIn() {
        // 100 kW grid, two 11 kW pads, one car wanting 20 kWh over an 8-hour stay in 15-minute slots.
        PlanningProblem source = new PlanningProblem(TestProblems.START, 15, 32, new HubLimits("H1", 100, null, null),
                List.of(), List.of(pad("P1", 11), pad("P2", 11)), null, null, List.of(session("S1", 0, 32, 20, 11)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        for (int t = 0; t < 7; t++) {
            assertThat(allocation.kw(0, t)).isCloseTo(11.0, within(1e-6));
        }
        assertThat(allocation.kw(0, 7)).isCloseTo(3.0, within(1e-6));
        for (int t = 8; t < 32; t++) {
            assertThat(allocation.kw(0, t)).isZero();
        }
    }

    @Test
    void leavesNoCapacityIdleWhilePresentVehiclesWantEnergy() {
        PlanningProblem source = hourly(3, 15, List.of(pad("P1", 11), pad("P2", 11)),
                List.of(session("S1", 0, 3, 30, 11), session("S2", 0, 3, 30, 11)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        for (int t = 0; t < 3; t++) {
            assertThat(allocation.kw(0, t) + allocation.kw(1, t)).isCloseTo(15.0, within(1e-6));
        }
    }

    @Test
    void movesOtherSessionsAlongAChainSoThatAShortSessionGetsItsEnergy() {
        // 10 kW grid per hour. A and B (priority 1) fill first and early: A slot 0, B slot 1. S (priority 0)
        // can only charge in slot 0: A must move to slot 1 and B to slot 2, two steps, which the one-step
        // shortfall repair cannot do and the flow on the pads does.
        PlanningProblem source = hourly(3, 10, List.of(pad("P1", 10), pad("P2", 10), pad("P3", 10)),
                List.of(session("A", 0, 2, 10, 10, 1, null), session("B", 1, 3, 10, 10, 1, null), session("S", 0, 1, 10, 10)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(delivered(allocation, 0)).isCloseTo(10.0, within(1e-6));
        assertThat(delivered(allocation, 1)).isCloseTo(10.0, within(1e-6));
        assertThat(delivered(allocation, 2)).isCloseTo(10.0, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.json", "medium.json", "large.json"})
    void neverLeavesRoomIdleInASlotWhereAServedSessionStillWantsEnergy(String file) {
        IndexedProblem problem = IndexedProblem.of(PlanningJson.readProblem(Path.of("..", "benchmark-data", file)));

        Allocation allocation = greedy.solve(problem);

        List<String> idle = new ArrayList<>();
        for (int t = 0; t < problem.slots(); t++) {
            double gridFreeKw = problem.headroomKw(t);
            double[] circuitFreeKw = new double[problem.circuits()];
            for (int c = 0; c < problem.circuits(); c++) {
                circuitFreeKw[c] = problem.circuitLimitKw(c);
            }
            for (int s = 0; s < problem.sessions(); s++) {
                int pad = allocation.pad(s);
                if (pad >= 0) {
                    double gridKw = allocation.kw(s, t) / problem.padEfficiency(pad);
                    gridFreeKw -= gridKw;
                    if (problem.padCircuit(pad) >= 0) {
                        circuitFreeKw[problem.padCircuit(pad)] -= gridKw;
                    }
                }
            }
            for (int s = 0; s < problem.sessions(); s++) {
                int pad = allocation.pad(s);
                if (pad < 0 || t < problem.arrivalSlot(s) || t >= problem.departureSlot(s)
                        || allocation.deliveredKwh(s, problem.slotHours()) > problem.energyKwh(s) - 1e-6) {
                    continue;
                }
                double roomKw = Math.min(problem.rateKw(s, pad) - allocation.kw(s, t), gridFreeKw);
                if (problem.padCircuit(pad) >= 0) {
                    roomKw = Math.min(roomKw, circuitFreeKw[problem.padCircuit(pad)]);
                }
                if (roomKw > 1e-3) {
                    idle.add("slot " + t + " session " + s + ": " + roomKw + " kW idle");
                }
            }
        }
        assertThat(idle).isEmpty();
    }

    @Test
    void servesTheLeastLaxSessionFirstSoBothGetTheirEnergy() {
        // S1 can only charge in slot 0; S2 can wait. A 10 kW grid serves both only if S1 goes first.
        PlanningProblem source = hourly(2, 10, List.of(pad("P1", 10), pad("P2", 10)),
                List.of(session("S2", 0, 2, 10, 10), session("S1", 0, 1, 10, 10)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(delivered(allocation, 1)).isCloseTo(10.0, within(1e-6));
        assertThat(delivered(allocation, 0)).isCloseTo(10.0, within(1e-6));
        assertThat(allocation.kw(0, 1)).isCloseTo(10.0, within(1e-6));
    }

    @Test
    void givesCriticalEnergyBeforeHigherPriorityEnergy() {
        PlanningProblem source = hourly(1, 10, List.of(pad("P1", 10), pad("P2", 10)),
                List.of(session("VIP", 0, 1, 10, 10, 5, null), session("LOW", 0, 1, 10, 10, 0, 4.0)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(delivered(allocation, 1)).isCloseTo(4.0, within(1e-6));
        assertThat(delivered(allocation, 0)).isCloseTo(6.0, within(1e-6));
    }

    @Test
    void leavesAVehicleUnservedWhenEveryPadIsTaken() {
        PlanningProblem source = hourly(4, 50, List.of(pad("P1", 11)),
                List.of(session("S1", 0, 4, 10, 11), session("S2", 1, 3, 10, 11)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(allocation.pad(0)).isZero();
        assertThat(allocation.pad(1)).isEqualTo(-1);
        assertThat(delivered(allocation, 1)).isZero();
    }

    @Test
    void keepsAParkedVehicleOnItsPadAndRespectsPadAndVehicleMaximum() {
        PlanningProblem source = hourly(2, 100, List.of(pad("P1", 22), pad("P2", 7)),
                List.of(session("S1", 0, 2, 40, 11).withPadId("P2")));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(allocation.pad(0)).isEqualTo(1);
        assertThat(allocation.kw(0, 0)).isCloseTo(7.0, within(1e-6));
        assertThat(allocation.kw(0, 1)).isCloseTo(7.0, within(1e-6));
    }

    @Test
    void keepsCircuitLimitsInGridPowerAfterEfficiency() {
        PlanningProblem source = hourly(1, 100, List.of(new Circuit("C1", 9)),
                List.of(new Pad("P1", 22, 0.9, "C1")), List.of(session("S1", 0, 1, 40, 22)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(allocation.kw(0, 0) / 0.9).isLessThanOrEqualTo(9.0).isCloseTo(9.0, within(1e-5));
    }

    @Test
    void chargesNothingWhereBaseLoadTakesTheWholeConnection() {
        PlanningProblem source = hourly(2, 20, List.of(pad("P1", 11)), List.of(session("S1", 0, 2, 20, 11)))
                .withHub(new HubLimits("H1", 20, null, List.of(25.0, 5.0)));

        Allocation allocation = greedy.solve(IndexedProblem.of(source));

        assertThat(allocation.kw(0, 0)).isZero();
        assertThat(allocation.kw(0, 1)).isCloseTo(11.0, within(1e-6));
    }
}
