package org.wptdlm.solver.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.signal.TimeOfUseRule;
import org.wptdlm.domain.signal.TimeOfUseTable;

/**
 * A cheap night window (00:00–06:00 at 0.12/kWh, 0.35 otherwise) and a car that arrives at 14:00 on a
 * 3.7 kW pad. The early-departure rule comes first: what full power delivers within the conservative
 * stay (half the stated stay) comes at once, whatever the price. Only the rest is deferrable, and it
 * moves into the night only as far as the stated departure leaves room there.
 */
class NightTariffTest {

    private static final Instant ARRIVAL = Instant.parse("2026-12-01T14:00:00Z");
    private static final int SLOT_MINUTES = 15;
    private static final double PAD_KW = 3.7;
    private static final double SLOT_KWH = PAD_KW * SLOT_MINUTES / 60.0;
    /** Slot 40 is 00:00, slot 64 is 06:00. */
    private static final int NIGHT_START = 40;
    private static final long MOVES = 60_000;

    @Test
    void aDepartureAfterTheNightLetsTheDeferrableEnergyWaitForIt() {
        // Stated 08:00 (72 slots): conservative stay 36 slots (to 23:00) delivers 33.3 kWh; 11.7 kWh is deferrable.
        List<Double> kw = solve(72, 45, true);

        for (int t = 0; t < 36; t++) {
            assertThat(kw.get(t)).as("slot %d, within the conservative stay", t).isEqualTo(PAD_KW);
        }
        assertThat(kw.subList(36, NIGHT_START)).as("23:00–00:00, dear").containsOnly(0.0);
        assertThat(kwh(kw, NIGHT_START, 64)).as("night").isCloseTo(45 - 36 * SLOT_KWH, within(0.01));
        assertThat(kwh(kw, 0, 72)).isCloseTo(45, within(0.01));
    }

    @Test
    void withoutPricesTheSameEnergyComesAsSoonAsItCan() {
        List<Double> kw = solve(72, 45, false);

        assertThat(kw.subList(0, NIGHT_START)).containsOnly(PAD_KW);
        assertThat(kwh(kw, 0, 72)).isCloseTo(45, within(0.01));
    }

    @Test
    void aDepartureInTheNightMovesOnlyWhatFitsBeforeItAndTheRestStaysInDearHours() {
        // Stated 02:00 (48 slots): conservative stay 24 slots (to 20:00) delivers 22.2 kWh; 17.8 kWh is
        // deferrable, but only 8 night slots (7.4 kWh) come before the departure.
        List<Double> kw = solve(48, 40, true);

        assertThat(kw.subList(0, 24)).containsOnly(PAD_KW);
        assertThat(kw.subList(NIGHT_START, 48)).as("00:00–02:00, cheap").containsOnly(PAD_KW);
        assertThat(kwh(kw, 24, NIGHT_START)).as("20:00–00:00, dear but needed")
                .isCloseTo(40 - 24 * SLOT_KWH - 8 * SLOT_KWH, within(0.01));
        assertThat(kwh(kw, 0, 48)).isCloseTo(40, within(0.01));
    }

    private static List<Double> solve(int departureSlot, double energyKwh, boolean withPrices) {
        return SolveSupport.solve(problem(departureSlot, energyKwh, withPrices), MOVES).sessions().get(0).kwBySlot();
    }

    private static PlanningProblem problem(int slots, double energyKwh, boolean withPrices) {
        return new PlanningProblem(ARRIVAL, SLOT_MINUTES, slots, new HubLimits("H-night", 50, null, null), List.of(),
                List.of(new Pad("P1", PAD_KW, 1.0, null)), withPrices ? prices(slots) : null, null,
                List.of(new Session("S1", "V1", 0, slots, energyKwh, null, PAD_KW, 0, null)));
    }

    /** The tariff as a time-of-use table, the same rule type the configured tables use. */
    private static List<Double> prices(int slots) {
        TimeOfUseTable tariff = new TimeOfUseTable(List.of(
                new TimeOfUseRule(Set.of(), LocalTime.of(0, 0), LocalTime.of(6, 0), 0.12),
                new TimeOfUseRule(Set.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 0.35)), ZoneOffset.UTC);
        List<Double> prices = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            prices.add(tariff.valueAt(ARRIVAL.plusSeconds(60L * SLOT_MINUTES * t)));
        }
        return prices;
    }

    private static double kwh(List<Double> kw, int fromSlot, int toSlot) {
        return kw.subList(fromSlot, toSlot).stream().mapToDouble(Double::doubleValue).sum() * SLOT_MINUTES / 60.0;
    }
}
