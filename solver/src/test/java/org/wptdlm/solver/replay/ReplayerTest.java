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
    void ourPlannerGivesEnergyEarlyWhenTheLimitHasRoom() {
        ReplayResult result = Replayer.run(instance, "dlm", 100, null);

        // A takes 6 kW at once, its last 2 kWh next to B's 6 kW: never a flat draw that costs energy.
        assertThat(result.deliveredPercent()).isCloseTo(100.0, within(1e-6));
        assertThat(result.peakKw()).isCloseTo(8.0, within(1e-6));
    }

    @Test
    void ourPlannerServesTheShortStayFirstUnderContention() {
        ReplayResult result = Replayer.run(instance, "dlm", 6, null);

        // Published powers are whole watts, rounded down.
        assertThat(result.deliveredKwh()).isCloseTo(14.0, within(1e-4));
    }

    @Test
    void countsSetpointChangesPerHourOfPresence() {
        // 6 kW, 6 kW, then 0 kW in the third hour once A's 12 kWh are in: one change in 3 vehicle-hours.
        ReplayResult result = Replayer.run(hourly(session("A", 0, 3, 12, 6)), "llf", 100, null);

        assertThat(result.setpointChangesPerSessionHour()).isCloseTo(1.0 / 3, within(1e-9));
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
