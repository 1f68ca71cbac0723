package org.wptdlm.solver.departure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DepartureModelTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant STATED = ARRIVAL.plus(Duration.ofHours(9));
    private static final Duration SLOT = Duration.ofMinutes(5);

    private final DepartureModel model = new DepartureModel();

    @Test
    void expectsDriversToLeaveEarlierThanStatedBeforeItHasSeenAnySession() {
        Instant estimate = model.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT);

        assertThat(estimate).isBefore(STATED).isAfter(ARRIVAL);
    }

    @Test
    void trustsTheStatedDepartureOfAHubWhoseDriversLeaveWhenTheySay() {
        for (int i = 0; i < 100; i++) {
            model.observe(ARRIVAL, STATED, STATED, null);
        }

        assertThat(model.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT)).isEqualTo(STATED);
    }

    @Test
    void learnsHowEarlyThisHubsDriversLeave() {
        for (int i = 0; i < 100; i++) {
            model.observe(ARRIVAL, STATED, STATED.minus(Duration.ofHours(2)), null);
        }

        assertThat(model.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT)).isEqualTo(STATED.minus(Duration.ofHours(2)));
    }

    @Test
    void movesTheEstimateOnWhileAVehicleStaysPastIt() {
        for (int i = 0; i < 100; i++) {
            model.observe(ARRIVAL, STATED, STATED.minus(Duration.ofHours(i % 10)), null);
        }
        Instant early = model.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT);
        Instant later = early.plus(Duration.ofHours(1));

        assertThat(model.estimateDeparture(ARRIVAL, STATED, null, later, SLOT)).isAfter(later);
    }

    @Test
    void neverEstimatesLessThanTheMinimumStayAfterNow() {
        Instant stated = ARRIVAL.plus(Duration.ofHours(2));
        for (int i = 0; i < 100; i++) {
            model.observe(ARRIVAL, stated, ARRIVAL.plus(Duration.ofMinutes(1)), null);
        }

        assertThat(model.estimateDeparture(ARRIVAL, stated, null, ARRIVAL, SLOT)).isEqualTo(ARRIVAL.plus(SLOT));
    }

    @Test
    void forgetsSessionsOlderThanItsWindow() {
        DepartureModel recent = new DepartureModel(DepartureModel.DEFAULT_QUANTILE, 100, true);
        for (int i = 0; i < 100; i++) {
            recent.observe(ARRIVAL, STATED, STATED.minus(Duration.ofHours(6)), null);
        }
        for (int i = 0; i < 100; i++) {
            recent.observe(ARRIVAL, STATED, STATED, null);
        }

        assertThat(recent.observations()).isEqualTo(100);
        assertThat(recent.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT)).isEqualTo(STATED);
    }

    @Test
    void conditionsOnTheStatedStayWhenErrorsDependOnIt() {
        Instant shortStated = ARRIVAL.plus(Duration.ofHours(3));
        for (int i = 0; i < 200; i++) {
            model.observe(ARRIVAL, STATED, STATED, null);
            model.observe(ARRIVAL, shortStated, shortStated.minus(Duration.ofHours(2)), null);
        }
        DepartureModel unconditional = new DepartureModel(DepartureModel.DEFAULT_QUANTILE, DepartureModel.DEFAULT_WINDOW, false);
        for (int i = 0; i < 200; i++) {
            unconditional.observe(ARRIVAL, STATED, STATED, null);
            unconditional.observe(ARRIVAL, shortStated, shortStated.minus(Duration.ofHours(2)), null);
        }

        assertThat(model.conditionalChosen()).isTrue();
        assertThat(model.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT)).isEqualTo(STATED);
        assertThat(model.estimateDeparture(ARRIVAL, shortStated, null, ARRIVAL, SLOT))
                .isEqualTo(shortStated.minus(Duration.ofHours(2)));
        assertThat(unconditional.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT))
                .isEqualTo(STATED.minus(Duration.ofHours(2)));
    }

    @Test
    void learnsARepeatDriversHabit() {
        for (int i = 0; i < 400; i++) {
            boolean habitual = i % 5 == 0;
            model.observe(ARRIVAL, STATED, habitual ? STATED.minus(Duration.ofHours(3)) : STATED,
                    habitual ? "ev-7" : "ev-" + (100 + i));
        }

        assertThat(model.conditionalChosen()).isTrue();
        assertThat(model.estimateDeparture(ARRIVAL, STATED, "ev-7", ARRIVAL, SLOT)).isEqualTo(STATED.minus(Duration.ofHours(3)));
        assertThat(model.estimateDeparture(ARRIVAL, STATED, "ev-8", ARRIVAL, SLOT)).isEqualTo(STATED);
    }

    @Test
    void keepsTheUnconditionalEstimateWhenErrorsAreIndependentOfWhatIsKnown() {
        Random random = new Random(7);
        DepartureModel unconditional = new DepartureModel(DepartureModel.DEFAULT_QUANTILE, DepartureModel.DEFAULT_WINDOW, false);
        for (int i = 0; i < 1000; i++) {
            Instant arrival = ARRIVAL.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
            Instant stated = arrival.plus(Duration.ofMinutes(480 + random.nextInt(240)));
            Instant actual = stated.plus(Duration.ofMinutes(-360 + random.nextInt(420)));
            model.observe(arrival, stated, actual, "ev-" + random.nextInt(50));
            unconditional.observe(arrival, stated, actual, null);
        }

        assertThat(model.conditionalChosen()).isFalse();
        assertThat(model.estimateDeparture(ARRIVAL, STATED, "ev-1", ARRIVAL, SLOT))
                .isEqualTo(unconditional.estimateDeparture(ARRIVAL, STATED, null, ARRIVAL, SLOT));
    }
}
