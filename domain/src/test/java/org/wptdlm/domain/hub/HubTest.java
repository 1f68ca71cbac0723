package org.wptdlm.domain.hub;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class HubTest {

    @Test
    void validHubIsAccepted() {
        assertThatNoException().isThrownBy(() -> new Hub("hub-001", "Berlin Mitte", null, 52.52, 13.40, 150, HubStatus.ONLINE));
    }

    @Test
    void negativeGridLimitIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hub("hub-001", "Berlin", null, 52.52, 13.40, -1, HubStatus.ONLINE))
                .withMessageContaining("gridLimitKw");
    }

    @Test
    void idThatWouldBreakAnMqttTopicIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hub("hub/+", "Berlin", null, 52.52, 13.40, 10, HubStatus.ONLINE))
                .withMessageContaining("id");
    }

    @Test
    void latitudeOutsideTheGlobeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hub("hub-001", "Berlin", null, 91, 13.40, 10, HubStatus.ONLINE))
                .withMessageContaining("latitude");
    }
}
