package org.wptdlm.solver.departure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepartureModelTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant STATED = ARRIVAL.plus(Duration.ofHours(9));
    private static final Duration SLOT = Duration.ofMinutes(5);

    private final DepartureModel model = new DepartureModel();

    @Test
    void expectsDriversToLeaveEarlierThanStatedBeforeItHasSeenAnySession() {
        Instant estimate = model.estimateDeparture(ARRIVAL, STATED, ARRIVAL, SLOT);

        assertThat(estimate).isBefore(STATED).isAfter(ARRIVAL);
    }

    @Test
    void trustsTheStatedDepartureOfAHubWhoseDriversLeaveWhenTheySay() {
        for (int i = 0; i < 100; i++) {
            model.observe(STATED, STATED);
        }

        assertThat(model.estimateDeparture(ARRIVAL, STATED, ARRIVAL, SLOT)).isEqualTo(STATED);
    }

    @Test
    void learnsHowEarlyThisHubsDriversLeave() {
        for (int i = 0; i < 100; i++) {
            model.observe(STATED, STATED.minus(Duration.ofHours(2)));
        }

        assertThat(model.estimateDeparture(ARRIVAL, STATED, ARRIVAL, SLOT)).isEqualTo(STATED.minus(Duration.ofHours(2)));
    }

    @Test
    void movesTheEstimateOnWhileAVehicleStaysPastIt() {
        for (int i = 0; i < 100; i++) {
            model.observe(STATED, STATED.minus(Duration.ofHours(i % 10)));
        }
        Instant early = model.estimateDeparture(ARRIVAL, STATED, ARRIVAL, SLOT);
        Instant later = early.plus(Duration.ofHours(1));

        assertThat(model.estimateDeparture(ARRIVAL, STATED, later, SLOT)).isAfter(later);
    }

    @Test
    void neverEstimatesLessThanTheMinimumStayAfterNow() {
        Instant stated = ARRIVAL.plus(Duration.ofHours(2));
        for (int i = 0; i < 100; i++) {
            model.observe(stated, ARRIVAL.plus(Duration.ofMinutes(1)));
        }

        assertThat(model.estimateDeparture(ARRIVAL, stated, ARRIVAL, SLOT)).isEqualTo(ARRIVAL.plus(SLOT));
    }

    @Test
    void forgetsSessionsOlderThanItsWindow() {
        DepartureModel recent = new DepartureModel(DepartureModel.DEFAULT_QUANTILE, 100);
        for (int i = 0; i < 100; i++) {
            recent.observe(STATED, STATED.minus(Duration.ofHours(6)));
        }
        for (int i = 0; i < 100; i++) {
            recent.observe(STATED, STATED);
        }

        assertThat(recent.observations()).isEqualTo(100);
        assertThat(recent.estimateDeparture(ARRIVAL, STATED, ARRIVAL, SLOT)).isEqualTo(STATED);
    }
}
