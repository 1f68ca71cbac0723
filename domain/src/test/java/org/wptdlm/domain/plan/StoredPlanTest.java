package org.wptdlm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void allocationWithTheWrongNumberOfSlotsIsRefused() {
        var allocation = new PlanAllocation("req-1", "ev-1", "pad-1", List.of(11.0, 11.0));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StoredPlan(null, "hub-001", START, START, 15, 4, "greedy", "{}", List.of(allocation)))
                .withMessageContaining("slots");
    }

    @Test
    void powerWithoutAPadIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanAllocation("req-1", "ev-1", null, List.of(0.0, 3.7)))
                .withMessageContaining("no pad");
    }

    @Test
    void negativePowerIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanAllocation("req-1", "ev-1", "pad-1", List.of(-1.0)))
                .withMessageContaining("kwBySlot");
    }

    @Test
    void energyIsPowerTimesSlotDuration() {
        var allocation = new PlanAllocation("req-1", "ev-1", "pad-1", List.of(11.0, 7.0, 0.0, 4.0));
        var plan = new StoredPlan(null, "hub-001", START, START, 15, 4, "greedy", "{}", List.of(allocation));

        assertThat(allocation.energyKwh(plan.slotMinutes())).isEqualTo(5.5);
        assertThat(plan.endAt()).isEqualTo(START.plusSeconds(3600));
    }
}
