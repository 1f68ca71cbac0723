package org.wptdlm.solver.setpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.solver.TestProblems.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

class SetpointRulesTest {

    /** Two sessions on a 10.2 kW hub in steps of 0.5 kW; pad P2 is off below 2 kW. */
    private final PlanningProblem problem = TestProblems.hourly(2, 10,
                    List.of(new Pad("P1", 11, 1.0, null), new Pad("P2", 11, 1.0, null, 2.0)),
                    List.of(session("S1", 0, 2, 20, 11), session("S2", 0, 2, 20, 11, 1, null)))
            .withHub(new HubLimits("H1", 10.2, null, null, 0.5, null));
    private final IndexedProblem indexed = IndexedProblem.of(problem);

    @Test
    void roundsDownToTheStepAndGivesTheFreedRoomBackInWholeSteps() {
        Allocation plan = allocation(6.3, 3.7);

        Allocation compliant = SetpointRules.comply(indexed, plan);

        // 6.0 + 3.5 leaves 0.7 kW: S2 (priority 1) gets one step of it back.
        assertThat(compliant.kw(0, 0)).isEqualTo(6.0);
        assertThat(compliant.kw(1, 0)).isEqualTo(4.0);
    }

    @Test
    void switchesAPadOffBelowItsMinimumAndHandsTheRoomToAnother() {
        Allocation plan = allocation(8.5, 1.5);

        Allocation compliant = SetpointRules.comply(indexed, plan);

        assertThat(compliant.kw(1, 0)).isZero();
        assertThat(compliant.kw(0, 0)).isEqualTo(10.0);
    }

    @Test
    void leavesTheGivenAllocationUnchanged() {
        Allocation plan = allocation(6.3, 3.7);

        SetpointRules.comply(indexed, plan);

        assertThat(plan.kw(0, 0)).isEqualTo(6.3);
    }

    private Allocation allocation(double firstKw, double secondKw) {
        Allocation allocation = new Allocation(2, 2);
        allocation.assignPad(0, 0);
        allocation.assignPad(1, 1);
        allocation.setKw(0, 0, firstKw);
        allocation.setKw(1, 0, secondKw);
        return allocation;
    }
}
