package org.wptdlm.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalStackingTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final StalePolicy POLICY = new StalePolicy(Duration.ofMinutes(15), null, 0.5);

    private static Instant at(int minutes) {
        return START.plusSeconds(60L * minutes);
    }

    private static SignalSchedule schedule(SignalKind kind, String source, int receivedMinutes, Instant validUntil,
            SignalInterval... intervals) {
        return new SignalSchedule("hub-1", kind, source, List.of(intervals), at(receivedMinutes), validUntil);
    }

    private static SlotSignals stack(SignalSchedule... schedules) {
        return SignalStacking.stack(List.of(schedules), 100, 5, START, 15, 6, POLICY);
    }

    @Test
    void theLowestLimitBindsEachSlotAndItsSourceIsRecorded() {
        SlotSignals signals = stack(
                schedule(SignalKind.GRID_LIMIT_KW, "mqtt", 0, null, new SignalInterval(at(15), at(45), 60)),
                schedule(SignalKind.GRID_LIMIT_KW, "operator", 0, null, new SignalInterval(at(30), at(60), 40)));

        assertThat(signals.gridLimitKwBySlot()).containsExactly(100.0, 60.0, 40.0, 40.0, 100.0, 100.0);
        assertThat(signals.gridLimitSourceBySlot())
                .containsExactly("info", "mqtt", "operator", "operator", "info", "info");
        assertThat(signals.gridLimitSteps(START, 15)).containsExactly(
                new GridLimitStep(0, at(0), 100, "info"),
                new GridLimitStep(1, at(15), 60, "mqtt"),
                new GridLimitStep(2, at(30), 40, "operator"),
                new GridLimitStep(4, at(60), 100, "info"));
    }

    @Test
    void aCurtailmentStartingMidSlotBindsTheWholeSlot() {
        SlotSignals signals = stack(
                schedule(SignalKind.GRID_LIMIT_KW, "mqtt", 0, null, new SignalInterval(at(20), at(25), 30)));

        assertThat(signals.gridLimitKwBySlot()).containsExactly(100.0, 30.0, 100.0, 100.0, 100.0, 100.0);
    }

    @Test
    void aStaleSourceHoldsItsLastValueThenTheSafeLimitApplies() {
        SlotSignals signals = stack(schedule(SignalKind.GRID_LIMIT_KW, "mqtt", 0, at(30),
                new SignalInterval(at(0), at(90), 80)));

        // Valid until 12:30, held for 15 minutes to 12:45, then half the hub's 100 kW.
        assertThat(signals.gridLimitKwBySlot()).containsExactly(80.0, 80.0, 80.0, 50.0, 50.0, 50.0);
        assertThat(signals.gridLimitSourceBySlot().get(3)).isEqualTo("safe-limit:mqtt");
    }

    @Test
    void aSafeLimitAboveTheSourcesLastValueLeavesTheLowerOneBinding() {
        SlotSignals signals = SignalStacking.stack(List.of(schedule(SignalKind.GRID_LIMIT_KW, "mqtt", 0, at(15),
                new SignalInterval(at(0), at(15), 20))), 100, 0, START, 15, 3, new StalePolicy(Duration.ZERO, 70.0, 0.5));

        // The source's last word (20 kW) stays binding after it goes silent: silence never loosens a curtailment.
        assertThat(signals.gridLimitKwBySlot()).containsExactly(20.0, 20.0, 20.0);
        assertThat(signals.gridLimitSourceBySlot()).containsExactly("mqtt", "safe-limit:mqtt", "safe-limit:mqtt");
    }

    @Test
    void theFreshestPriceWinsAndGapsTakeTheNearestValue() {
        SlotSignals signals = stack(
                schedule(SignalKind.PRICE_PER_KWH, "tariff", 0, null, new SignalInterval(at(0), at(90), 0.30)),
                schedule(SignalKind.PRICE_PER_KWH, "mqtt", 5, null, new SignalInterval(at(30), at(45), 0.10)),
                schedule(SignalKind.CARBON_G_PER_KWH, "mqtt", 0, null, new SignalInterval(at(30), at(60), 200)));

        assertThat(signals.pricePerKwhBySlot()).containsExactly(0.30, 0.30, 0.10, 0.30, 0.30, 0.30);
        assertThat(signals.carbonGPerKwhBySlot()).containsExactly(200.0, 200.0, 200.0, 200.0, 200.0, 200.0);
    }

    @Test
    void withoutSchedulesTheHubsOwnLimitAndStatusBaseLoadHoldAndThereAreNoPrices() {
        SlotSignals signals = stack();

        assertThat(signals.gridLimitKwBySlot()).containsOnly(100.0);
        assertThat(signals.baseLoadKwBySlot()).containsOnly(5.0);
        assertThat(signals.pricePerKwhBySlot()).isNull();
        assertThat(signals.carbonGPerKwhBySlot()).isNull();
    }

    @Test
    void aBaseLoadForecastReplacesTheStatusBaseLoadWhereItReaches() {
        SlotSignals signals = stack(schedule(SignalKind.BASE_LOAD_KW, "meter", 0, null,
                new SignalInterval(at(0), at(15), 12), new SignalInterval(at(15), at(30), 9)));

        assertThat(signals.baseLoadKwBySlot()).containsExactly(12.0, 9.0, 5.0, 5.0, 5.0, 5.0);
    }

    @Test
    void longSchedulesGiveWhatTheirIntervalsSay() {
        List<SignalInterval> minutes = new ArrayList<>();
        for (int minute = 0; minute < 2000; minute += 2) {
            // One-minute intervals with one-minute gaps: value = minute.
            minutes.add(new SignalInterval(at(minute), at(minute + 1), minute));
        }
        SignalSchedule prices = new SignalSchedule("hub-1", SignalKind.PRICE_PER_KWH, "feed", minutes, START, null);
        SignalSchedule limits = new SignalSchedule("hub-1", SignalKind.GRID_LIMIT_KW, "feed", minutes, START, null);

        SlotSignals signals = SignalStacking.stack(List.of(prices, limits), 5000, 0, START, 15, 96, POLICY);

        for (int t = 0; t < 96; t++) {
            int slotStart = 15 * t;
            double firstInSlot = slotStart % 2 == 0 ? slotStart : slotStart + 1;
            assertThat(signals.gridLimitKwBySlot().get(t)).as("slot %d", t).isEqualTo(slotStart < 2000 ? firstInSlot : 5000);
            Double covering = prices.valueAt(at(slotStart)).orElse(null);
            if (covering != null) {
                assertThat(signals.pricePerKwhBySlot().get(t)).as("slot %d", t).isEqualTo(covering);
            }
        }
    }
}
