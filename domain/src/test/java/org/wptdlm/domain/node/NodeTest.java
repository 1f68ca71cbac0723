package org.wptdlm.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NodeTest {

    @Test
    void efficiencyAboveOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Node("hub-001", "pad-1", 11, 1.2, NodeStatus.AVAILABLE, null))
                .withMessageContaining("efficiency");
    }

    @Test
    void efficiencyOfZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Node("hub-001", "pad-1", 11, 0, NodeStatus.AVAILABLE, null))
                .withMessageContaining("efficiency");
    }

    @Test
    void gridDrawIsDeliveredPowerOverEfficiency() {
        Node pad = new Node("hub-001", "pad-1", 11, 0.9, NodeStatus.CHARGING, "feeder-a");

        assertThat(pad.gridPowerKw(9)).isEqualTo(10.0);
    }

    @Test
    void faultyAndOfflinePadsCannotCharge() {
        assertThat(NodeStatus.FAULT.canCharge()).isFalse();
        assertThat(NodeStatus.OFFLINE.canCharge()).isFalse();
        assertThat(NodeStatus.OCCUPIED.canCharge()).isTrue();
    }
}
