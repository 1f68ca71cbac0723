package org.wptdlm.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void readsIdsFromEveryKindOfTopic() {
        assertThat(Topic.parse("iot/hubs/hub-1/info")).contains(new Topic("iot/hubs/hub-1/info", TopicKind.HUB_INFO, "hub-1", null, null));
        assertThat(Topic.parse("iot/hubs/hub-1/nodes/pad-2/telemetry").orElseThrow())
                .extracting(Topic::kind, Topic::hubId, Topic::padId)
                .containsExactly(TopicKind.PAD_TELEMETRY, "hub-1", "pad-2");
        assertThat(Topic.parse("iot/vehicles/ev-7/telemetry").orElseThrow())
                .extracting(Topic::kind, Topic::vehicleId)
                .containsExactly(TopicKind.VEHICLE_TELEMETRY, "ev-7");
        assertThat(Topic.parse("iot/hubs/hub-1/dlm/events").orElseThrow().kind()).isEqualTo(TopicKind.DLM_EVENT);
        assertThat(Topic.parse("iot/hubs/hub-1/requests").orElseThrow().kind()).isEqualTo(TopicKind.CHARGING_REQUEST);
        assertThat(Topic.parse("iot/hubs/hub-1/status").orElseThrow().kind()).isEqualTo(TopicKind.HUB_STATUS);
        assertThat(Topic.parse("iot/hubs/hub-1/nodes/pad-2/status").orElseThrow().kind()).isEqualTo(TopicKind.PAD_STATUS);
        assertThat(Topic.parse("iot/hubs/hub-1/nodes/pad-2/info").orElseThrow().kind()).isEqualTo(TopicKind.PAD_INFO);
        assertThat(Topic.parse("iot/hubs/hub-1/grid/limits").orElseThrow().kind()).isEqualTo(TopicKind.GRID_LIMITS);
        assertThat(Topic.parse("iot/hubs/hub-1/grid/prices").orElseThrow().kind()).isEqualTo(TopicKind.GRID_PRICES);
        assertThat(Topic.parse("iot/hubs/hub-1/grid/carbon").orElseThrow().kind()).isEqualTo(TopicKind.GRID_CARBON);
        assertThat(Topic.parse("iot/hubs/hub-1/meter").orElseThrow())
                .extracting(Topic::kind, Topic::hubId)
                .containsExactly(TopicKind.SITE_METER, "hub-1");
    }

    @Test
    void refusesTopicsOutsideTheTreeAndUnsafeIds() {
        assertThat(Topic.parse("iot/hubs/hub-1/dlm/allocation")).isEmpty();
        assertThat(Topic.parse("iot/hubs/hub-1/nodes/pad-2/firmware")).isEmpty();
        assertThat(Topic.parse("iot/hubs/hub 1/info")).isEmpty();
        // The one id rule (Invariants.isId), as for REST: an id starts with a letter or digit.
        assertThat(Topic.parse("iot/hubs/-hub/info")).isEmpty();
        assertThat(Topic.parse("iot/hubs/site:7/info")).map(Topic::hubId).contains("site:7");
        assertThat(Topic.parse("iot/hubs//info")).isEmpty();
        assertThat(Topic.parse("other/hubs/hub-1/info")).isEmpty();
        assertThat(Topic.parse("iot/vehicles/ev-7/status")).isEmpty();
        assertThat(Topic.parse("iot/hubs/hub-1/grid/voltage")).isEmpty();
    }

    @Test
    void namesTheServicesTopics() {
        assertThat(Topic.dlmEvents("hub-1")).isEqualTo("iot/hubs/hub-1/dlm/events");
        assertThat(Topic.dlmAllocation("hub-1")).isEqualTo("iot/hubs/hub-1/dlm/allocation");
    }

    @Test
    void allocationTopicsNameTheirHub() {
        assertThat(Topic.allocationHubId("iot/hubs/hub-1/dlm/allocation")).contains("hub-1");
        assertThat(Topic.allocationHubId("iot/hubs/hub-1/dlm/events")).isEmpty();
        assertThat(Topic.allocationHubId("iot/hubs/\uD83D\uDE97/dlm/allocation")).isEmpty();
    }
}
