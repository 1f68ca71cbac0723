package org.wptdlm.domain.pad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class HubPadTest {

    @Test
    void efficiencyAboveOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HubPad("hub-001", "pad-1", 11, 1.2, PadStatus.AVAILABLE, null))
                .withMessageContaining("efficiency");
    }

    @Test
    void efficiencyOfZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HubPad("hub-001", "pad-1", 11, 0, PadStatus.AVAILABLE, null))
                .withMessageContaining("efficiency");
    }

    @Test
    void gridDrawIsDeliveredPowerOverEfficiency() {
        HubPad pad = new HubPad("hub-001", "pad-1", 11, 0.9, PadStatus.CHARGING, "feeder-a");

        assertThat(pad.gridPowerKw(9)).isEqualTo(10.0);
    }

    @Test
    void faultyAndOfflinePadsCannotCharge() {
        assertThat(PadStatus.FAULT.canCharge()).isFalse();
        assertThat(PadStatus.OFFLINE.canCharge()).isFalse();
        assertThat(PadStatus.OCCUPIED.canCharge()).isTrue();
    }
}
