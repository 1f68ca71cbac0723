package org.wptdlm.solver.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.solver.replay.ReplayFixtures.hourly;
import static org.wptdlm.solver.replay.ReplayFixtures.session;

import org.junit.jupiter.api.Test;

class ReplayerTest {

    // A stays 4 h and wants 8 kWh; B arrives at 1 h, stays 1 h and wants 6 kWh; the limit is 6 kW.
    private final ReplayInstance instance = hourly(session("A", 0, 4, 8, 6), session("B", 1, 2, 6, 6));

    @Test
    void leastLaxityFirstServesTheShortStayFirstAndDeliversEverything() {
        ReplayResult result = Replayer.run(instance, "llf", 6, null);

        assertThat(result.deliveredKwh()).isCloseTo(14.0, within(1e-9));
    }

    @Test
    void firstComeFirstServedLetsTheShortStayLoseEnergy() {
        ReplayResult result = Replayer.run(instance, "fcfs", 6, null);

        assertThat(result.deliveredKwh()).isLessThan(14.0);
    }

    @Test
    void perfectForesightDeliversEverythingAtTheLowestPeak() {
        ReplayResult result = Replayer.run(instance, "optimal", 100, null);

        assertThat(result.deliveredKwh()).isCloseTo(14.0, within(1e-6));
        assertThat(result.peakKw()).isCloseTo(6.0, within(1e-3));
    }

    @Test
    void ourPlannerDeliversEverythingWithAFlatDraw() {
        ReplayResult result = Replayer.run(instance, "dlm", 100, null);

        assertThat(result.deliveredPercent()).isCloseTo(100.0, within(1e-6));
        assertThat(result.peakKw()).isLessThanOrEqualTo(6.0 * (1 + Replayer.DLM_HEDGE) + 1e-9);
    }

    @Test
    void roundRobinSharesTheLimitAndNeverExceedsIt() {
        ReplayResult result = Replayer.run(instance, "round-robin", 6, null);

        assertThat(result.peakKw()).isLessThanOrEqualTo(6.0 + 1e-9);
        assertThat(result.deliveredKwh()).isLessThan(14.0);
    }

    @Test
    void aVehicleFindingEveryPadTakenIsNotServed() {
        ReplayResult result = Replayer.run(instance, "edf", 100, 1);

        assertThat(result.deliveredKwh()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void unknownStrategyIsRejected() {
        assertThatThrownBy(() -> Replayer.run(instance, "random", 10, null))
                .hasMessageContaining("unknown strategy 'random'");
    }
}
