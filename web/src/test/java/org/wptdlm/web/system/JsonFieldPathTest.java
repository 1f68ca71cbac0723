package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wptdlm.web.hub.HubRequest;
import org.wptdlm.web.request.ChargingRequestBody;

class JsonFieldPathTest {

    @Test
    void aComponentRenamedOnTheWireIsReportedByItsJsonName() {
        assertThat(JsonFieldPath.of(HubRequest.class, "pads[1].efficiency")).isEqualTo("nodes[1].efficiency");
        assertThat(JsonFieldPath.of(ChargingRequestBody.class, "padId")).isEqualTo("nodeId");
    }

    @Test
    void otherComponentsKeepTheirNames() {
        assertThat(JsonFieldPath.of(HubRequest.class, "gridLimitKw")).isEqualTo("gridLimitKw");
        assertThat(JsonFieldPath.of(HubRequest.class, "circuits[0].limitKw")).isEqualTo("circuits[0].limitKw");
    }
}
