package org.wptdlm.ingest.mqtt;

import org.wptdlm.domain.signal.SignalKind;

/** The kinds of message the service subscribes to, with the subscription filter of each. */
public enum TopicKind {
    HUB_INFO("iot/hubs/+/info"),
    PAD_INFO("iot/hubs/+/nodes/+/info"),
    HUB_STATUS("iot/hubs/+/status"),
    PAD_STATUS("iot/hubs/+/nodes/+/status"),
    VEHICLE_TELEMETRY("iot/vehicles/+/telemetry"),
    PAD_TELEMETRY("iot/hubs/+/nodes/+/telemetry"),
    DLM_EVENT("iot/hubs/+/dlm/events"),
    CHARGING_REQUEST("iot/hubs/+/requests"),
    GRID_LIMITS("iot/hubs/+/grid/limits"),
    GRID_PRICES("iot/hubs/+/grid/prices"),
    GRID_CARBON("iot/hubs/+/grid/carbon"),
    SITE_METER("iot/hubs/+/meter");

    private final String filter;

    TopicKind(String filter) {
        this.filter = filter;
    }

    public String filter() {
        return filter;
    }

    /**
     * Pad telemetry, the bulk of the messages, is what instances may share (each reading to one of
     * them): it is stored once and only refines the owner's view of a pad. Vehicle telemetry is not:
     * every instance must know each vehicle (its battery, its SoC) before a request for it arrives.
     */
    public boolean shareable() {
        return this == PAD_TELEMETRY;
    }

    /** Whether publishers retain messages of this kind (descriptions; grid schedules may be). */
    public boolean retained() {
        return this == HUB_INFO || this == PAD_INFO || signalKind() != null;
    }

    /** The signal a grid schedule topic carries, or null for other topics. */
    public SignalKind signalKind() {
        return switch (this) {
            case GRID_LIMITS -> SignalKind.GRID_LIMIT_KW;
            case GRID_PRICES -> SignalKind.PRICE_PER_KWH;
            case GRID_CARBON -> SignalKind.CARBON_G_PER_KWH;
            default -> null;
        };
    }
}
