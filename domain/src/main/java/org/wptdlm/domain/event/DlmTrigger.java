package org.wptdlm.domain.event;

/** Why the service re-planned (or why a hub reported). */
public enum DlmTrigger {
    SCHEDULE,
    VEHICLE_ARRIVAL,
    VEHICLE_DEPARTURE,
    CHARGING_REQUEST,
    NODE_FAULT,
    GRID_LIMIT_CHANGE,
    SOC_DEVIATION,
    HUB_RECONNECT,
    OPERATOR,
    /** A grid-limit, price, carbon or base-load schedule arrived, changed or went stale. */
    SIGNAL_CHANGE,
    /** This instance has just become the hub's owner (start, another instance's failure, rebalancing). */
    OWNER_CHANGE
}
