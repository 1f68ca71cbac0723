package org.wptdlm.domain.hub;

/** Whether a hub takes part in load management. */
public enum HubStatus {
    /** Connected and charging: the service plans and publishes allocations for it. */
    ONLINE,
    /** The hub controller has gone silent; its pads run on the fallback limit. */
    OFFLINE,
    /** Taken out of service on purpose; no vehicles are planned there. */
    MAINTENANCE
}
