package org.wptdlm.ingest.mqtt;

/**
 * Another instance stored a change to one of the hub's charging requests through its REST API: a
 * Spring application event, published on the MQTT callback thread (listeners hand off).
 */
public record RequestNotice(String hubId, String requestId) {}
