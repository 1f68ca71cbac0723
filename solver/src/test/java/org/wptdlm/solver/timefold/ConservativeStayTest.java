package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * Cheap hours late in a stay must not put energy at risk of an early departure: what full-rate charging
 * can deliver within the conservative stay (half the stated stay: 16 of 32 slots) comes there, however
 * expensive; only the rest waits for the cheap slots (24-31).
 */
class ConservativeStayTest {

    @Test
    void energyThatFitsInTheConservativeStayIgnoresCheaperLaterHours() {
        List<Double> kw = SolveSupport.solve(problem(40), 60_000).sessions().get(0).kwBySlot();

        for (int t = 0; t < 14; t++) {
            assertThat(kw.get(t)).as("slot %d", t).isEqualTo(11.0);
        }
        assertThat(kw.subList(15, 32)).containsOnly(0.0);
    }

    @Test
    void onlyEnergyBeyondTheConservativeStayMovesToCheapSlots() {
        List<Double> kw = SolveSupport.solve(problem(80), 60_000).sessions().get(0).kwBySlot();

        for (int t = 0; t < 16; t++) {
            assertThat(kw.get(t)).as("slot %d", t).isEqualTo(11.0);
        }
        for (int t = 24; t < 32; t++) {
            assertThat(kw.get(t)).as("cheap slot %d", t).isEqualTo(11.0);
        }
    }

    private static PlanningProblem problem(double energyKwh) {
        List<Double> prices = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            prices.add(t < 24 ? 0.40 : 0.10);
        }
        return new PlanningProblem(Instant.parse("2026-03-01T00:00:00Z"), 15, 32, new HubLimits("H-tariff", 100, null, null),
                List.of(), List.of(new Pad("P1", 11, 0.92, null)), prices, null,
                List.of(new Session("S1", "V1", 0, 32, energyKwh, null, 11, 0, null)));
    }
}
