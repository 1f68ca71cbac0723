package org.wptdlm.web.system;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL and MQTT broker keep their data and which ports they take
 * ({@code dlm.embedded.*}). Used only when no datasource or broker URL is configured.
 *
 * @param mqttHost the address the embedded broker listens on: loopback by default, so only this
 *     machine reaches it; {@code 0.0.0.0} opens it to hub controllers on the network
 */
public record EmbeddedServicesProperties(Path dataDirectory, int postgresPort, int mqttPort, String mqttHost) {

    public static final String PREFIX = "dlm.embedded";
    public static final String POSTGRES_PORT_SETTING = PREFIX + ".postgres-port";
    public static final String MQTT_PORT_SETTING = PREFIX + ".mqtt-port";

    public EmbeddedServicesProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data");
        }
        if (mqttHost == null || mqttHost.isBlank()) {
            mqttHost = "127.0.0.1";
        }
        requirePort(postgresPort, POSTGRES_PORT_SETTING);
        requirePort(mqttPort, MQTT_PORT_SETTING);
    }

    private static void requirePort(int port, String setting) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(setting + " must be between 0 and 65535, was " + port);
        }
    }
}
