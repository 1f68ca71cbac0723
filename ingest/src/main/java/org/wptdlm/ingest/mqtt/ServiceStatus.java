package org.wptdlm.ingest.mqtt;

import java.time.Instant;

/**
 * The retained message on the service status topic: "online" when connected, "offline" as the
 * last will when the connection dies without a goodbye, and on an orderly shutdown.
 */
public record ServiceStatus(String source, String clientId, String state, Instant ts) {

    public static ServiceStatus online(String clientId, Instant now) {
        return new ServiceStatus("dlm-service", clientId, "online", now);
    }

    public static ServiceStatus offline(String clientId, Instant now) {
        return new ServiceStatus("dlm-service", clientId, "offline", now);
    }
}
