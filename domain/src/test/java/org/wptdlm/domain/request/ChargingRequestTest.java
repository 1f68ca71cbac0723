package org.wptdlm.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChargingRequestTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void requestWithoutTargetIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(ARRIVAL.plusSeconds(3600), null, null))
                .withMessageContaining("targetSocPercent or requestedEnergyKwh");
    }

    @Test
    void departureBeforeArrivalIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(ARRIVAL.minusSeconds(1), 80.0, null))
                .withMessageContaining("departureAt");
    }

    @Test
    void requestedEnergyMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(ARRIVAL.plusSeconds(3600), null, 0.0))
                .withMessageContaining("requestedEnergyKwh");
    }

    @Test
    void withStatusChangesOnlyTheStatus() {
        ChargingRequest pending = request(ARRIVAL.plusSeconds(3600), 80.0, 20.0);

        ChargingRequest active = pending.withStatus(ChargingRequestStatus.ACTIVE);

        assertThat(active.status()).isEqualTo(ChargingRequestStatus.ACTIVE);
        assertThat(active.withStatus(ChargingRequestStatus.PENDING)).isEqualTo(pending);
        assertThat(ChargingRequestStatus.ACTIVE.isOpen()).isTrue();
        assertThat(ChargingRequestStatus.EXPIRED.isOpen()).isFalse();
    }

    private static ChargingRequest request(Instant departure, Double targetSocPercent, Double energyKwh) {
        return new ChargingRequest("req-1", "hub-001", "ev-1", null, ARRIVAL, departure, targetSocPercent, energyKwh,
                null, ChargingRequestStatus.PENDING, ARRIVAL);
    }
}
