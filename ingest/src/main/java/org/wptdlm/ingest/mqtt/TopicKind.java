package org.wptdlm.ingest.mqtt;

/** The kinds of message the service subscribes to, with the subscription filter of each. */
public enum TopicKind {
    HUB_INFO("iot/hubs/+/info"),
    NODE_INFO("iot/hubs/+/nodes/+/info"),
    HUB_STATUS("iot/hubs/+/status"),
    NODE_STATUS("iot/hubs/+/nodes/+/status"),
    VEHICLE_TELEMETRY("iot/vehicles/+/telemetry"),
    NODE_TELEMETRY("iot/hubs/+/nodes/+/telemetry"),
    DLM_EVENT("iot/hubs/+/dlm/events"),
    CHARGING_REQUEST("iot/hubs/+/requests");

    private final String filter;

    TopicKind(String filter) {
        this.filter = filter;
    }

    public String filter() {
        return filter;
    }

    /** Whether publishers retain messages of this kind (descriptions). */
    public boolean retained() {
        return this == HUB_INFO || this == NODE_INFO;
    }
}
