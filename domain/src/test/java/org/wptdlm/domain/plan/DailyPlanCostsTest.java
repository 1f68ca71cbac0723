package org.wptdlm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.plan.DailyPlanCosts.PlanSlots;

/** Each slot counted once, from the plan in force for it, split at midnight, nothing after "until". */
class DailyPlanCostsTest {

    private static final Instant T2300 = Instant.parse("2026-12-01T23:00:00Z");

    @Test
    void aReplanReplacesTheRestOfTheEarlierPlanAndDaysSplitAtMidnight() {
        // 1-hour slots. Plan A from 23:00 costs 1 per slot; plan B from 00:00 costs 2 per slot.
        PlanSlots a = new PlanSlots("hub-1", T2300, 60, List.of(1.0, 1.0, 1.0), List.of(0.5, 0.5, 0.5));
        PlanSlots b = new PlanSlots("hub-1", T2300.plusSeconds(3600), 60, List.of(2.0, 2.0, 2.0), List.of());

        List<DailyPlanCost> days = DailyPlanCosts.of(List.of(a, b), ZoneOffset.UTC, T2300.plusSeconds(3 * 3600));

        assertThat(days).hasSize(2);
        assertThat(days.get(0).day()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(days.get(0).cost()).isCloseTo(1.0, within(1e-9));
        assertThat(days.get(0).carbonKg()).isCloseTo(0.5, within(1e-9));
        assertThat(days.get(1).day()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(days.get(1).cost()).isCloseTo(4.0, within(1e-9));
        assertThat(days.get(1).slots()).isEqualTo(2);
    }

    @Test
    void aReplanWithinTheSameSlotLeavesTheSlotToTheLaterPlanAndHubsStayApart() {
        PlanSlots first = new PlanSlots("hub-1", T2300, 60, List.of(5.0), List.of());
        PlanSlots second = new PlanSlots("hub-1", T2300, 60, List.of(3.0), List.of());
        PlanSlots other = new PlanSlots("hub-2", T2300, 60, List.of(7.0), List.of());

        List<DailyPlanCost> days = DailyPlanCosts.of(List.of(first, other, second), ZoneOffset.UTC,
                T2300.plusSeconds(3600));

        assertThat(days).extracting(DailyPlanCost::hubId, DailyPlanCost::cost)
                .containsExactly(tuple("hub-1", 3.0),
                        tuple("hub-2", 7.0));
    }
}
