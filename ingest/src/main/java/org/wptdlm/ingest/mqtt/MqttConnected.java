package org.wptdlm.ingest.mqtt;

/**
 * The service's MQTT connection is (again) up and subscribed: a Spring application event.
 *
 * @param connection the connection's number since start (1 = the first)
 */
public record MqttConnected(long connection) {}
