package org.wptdlm.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.solver.whatif.AddedVehicle;
import org.wptdlm.solver.whatif.ScenarioChanges;
import org.wptdlm.solver.whatif.ScheduleEntry;

class WhatIfFormTest {

    private static final LocalDateTime SEVEN = LocalDateTime.parse("2026-11-24T07:00");

    @Test
    void everyFilledPartBecomesAChange() {
        WhatIfForm form = new WhatIfForm();
        form.setLimitKw(40.0);
        form.setLimitFrom(SEVEN.plusHours(7));
        form.setLimitTo(SEVEN.plusHours(11));
        form.setPadsOutOfService(List.of("pad-2", "pad-3"));
        form.setAddedCount(30);
        form.setAddedPriority(PriorityClass.FLEET);
        form.setAddedArrival(SEVEN);
        form.setAddedDeparture(SEVEN.plusHours(2));
        form.setAddedEnergyKwh(25.0);
        form.setRemovedVehicleIds("ev-1, ev-2 ev-3");
        form.setHorizonHours(24);

        ScenarioChanges changes = form.toChanges(ZoneOffset.ofHours(1), 15);

        assertThat(changes.gridLimits()).containsExactly(new ScheduleEntry(Instant.parse("2026-11-24T13:00:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"), 40.0));
        assertThat(changes.padsOutOfService()).containsExactly("pad-2", "pad-3");
        assertThat(changes.addedVehicles()).hasSize(30);
        assertThat(changes.addedVehicles().get(0)).isEqualTo(new AddedVehicle("what-if-fleet-1",
                Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-24T08:00:00Z"), 25.0, null, 11.0, 2, null, null));
        assertThat(changes.removedVehicleIds()).containsExactly("ev-1", "ev-2", "ev-3");
        assertThat(changes.horizonSlots()).isEqualTo(96);
    }

    @Test
    void emptyFormChangesNothing() {
        ScenarioChanges changes = new WhatIfForm().toChanges(ZoneOffset.UTC, 15);

        assertThat(changes.gridLimits()).isEmpty();
        assertThat(changes.padsOutOfService()).isEmpty();
        assertThat(changes.addedVehicles()).isEmpty();
        assertThat(changes.removedVehicleIds()).isEmpty();
        assertThat(changes.horizonSlots()).isNull();
    }

    @Test
    void suggestionHalvesTheLimitForTwoHoursFromTheNextFullHour() {
        WhatIfForm form = WhatIfForm.suggestedFor("hub-1", 45, LocalDateTime.parse("2026-11-23T15:20"));

        assertThat(form.getLimitKw()).isEqualTo(22.0);
        assertThat(form.getLimitFrom()).isEqualTo(LocalDateTime.parse("2026-11-23T16:00"));
        assertThat(form.getLimitTo()).isEqualTo(LocalDateTime.parse("2026-11-23T18:00"));
        assertThat(form.getName()).isEqualTo("Grid limit halved 16:00–18:00");
    }
}
