package org.wptdlm.web.dashboard;

/** What changed at a hub, as far as an open dashboard page cares: each kind refreshes different parts of a page. */
enum HubChange {
    /** Pad or vehicle telemetry or status: the pads table and the hub's current draw. */
    TELEMETRY("telemetry"),
    /** A new plan: the charts, setpoints and score explanation. */
    PLAN("plan"),
    /** A DLM event or a rejected message was recorded. */
    EVENTS("events");

    private final String eventName;

    HubChange(String eventName) {
        this.eventName = eventName;
    }

    /** The server-sent event name; pages listen with {@code hx-trigger="sse:<name>"}. */
    String eventName() {
        return eventName;
    }
}
