package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * A hub with room for everyone: one car wanting 20 kWh over a stated 8-hour stay on a 100 kW hub with
 * two 11 kW pads. Local search must leave it at full rate from its first slot until its energy is in,
 * then off: one clean block, no jitter.
 */
class IdleHubTest {

    private static final PlanningProblem IDLE_HUB = new PlanningProblem(Instant.parse("2026-03-01T00:00:00Z"), 15, 96,
            new HubLimits("H-idle", 100, null, null), List.of(),
            List.of(new Pad("P1", 11, 0.92, null), new Pad("P2", 11, 0.92, null)), null, null,
            List.of(new Session("S1", "V1", 0, 32, 20, null, 11, 0, null)));

    @Test
    void timefoldChargesAtFullRateFromTheFirstSlotInOneBlock() {
        Plan plan = SolveSupport.solve(IDLE_HUB, 60_000);

        // 20 kWh at 11 kW in 15-minute slots: 7 slots of 2.75 kWh, then 0.75 kWh (3 kW), then off.
        List<Double> expected = new ArrayList<>(Collections.nCopies(96, 0.0));
        for (int t = 0; t < 7; t++) {
            expected.set(t, 11.0);
        }
        expected.set(7, 3.0);
        assertThat(plan.sessions().get(0).kwBySlot()).containsExactlyElementsOf(expected);
        assertThat(plan.kpis().setpointChangesPerSessionHour()).isEqualTo(2 / 8.0);
    }
}
