package org.wptdlm.ingest.broker;

/**
 * What an account of the embedded broker may do; {@link BrokerAcl} turns it into topic rules.
 * The same rules as {@code config/mosquitto/acl}.
 */
public enum BrokerRole {
    /** The service itself: reads every input, alone writes allocations and its status. */
    SERVICE,
    /** A hub controller, user name = hub id: writes its own inputs and hub events, reads its allocations. */
    HUB,
    /** A vehicle, user name = vehicle id: writes its own telemetry. */
    VEHICLE,
    /** A back end relaying many vehicles' telemetry (a fleet or OEM cloud, the demo's vehicles). */
    VEHICLE_GATEWAY
}
