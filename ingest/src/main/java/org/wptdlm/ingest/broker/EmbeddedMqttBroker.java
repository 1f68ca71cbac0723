package org.wptdlm.ingest.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.db.embedded.TcpPorts;

/**
 * An MQTT 3.1.1 broker (Moquette) inside the service, for running without an external broker.
 * Retained messages and persistent sessions are kept in {@code dataDirectory}; Moquette's
 * phone-home telemetry is off. One broker per JVM.
 */
public final class EmbeddedMqttBroker {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);
    private static EmbeddedMqttBroker running;

    private final Server server;
    private final int port;

    private EmbeddedMqttBroker(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the broker, or returns the one already running in this JVM.
     *
     * @param port the port to listen on; 0 picks a free one
     * @param portSetting the configuration key that chooses the port, named when the port is taken
     */
    public static synchronized EmbeddedMqttBroker start(int port, Path dataDirectory, String portSetting) {
        if (running != null) {
            return running;
        }
        int chosenPort = TcpPorts.claim("Embedded MQTT broker", port, portSetting);
        try {
            Files.createDirectories(dataDirectory);
            Server server = new Server();
            server.startServer(configuration("0.0.0.0", chosenPort, dataDirectory));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopServer, "embedded-mqtt-stop"));
            log.info("Embedded MQTT broker listening on port {}, data in {}", chosenPort, dataDirectory.toAbsolutePath());
            running = new EmbeddedMqttBroker(server, chosenPort);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded MQTT broker failed to start", e);
        }
    }

    /**
     * Moquette's settings for a broker on {@code host:port} keeping retained messages and sessions
     * in {@code dataDirectory}: anonymous access, no websocket, no phone-home, 1 MiB packets.
     */
    public static MemoryConfig configuration(String host, int port, Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1024 * 1024));
        properties.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dataDirectory.toAbsolutePath().toString());
        return new MemoryConfig(properties);
    }

    /** The broker this JVM runs, if any. */
    public static synchronized Optional<EmbeddedMqttBroker> current() {
        return Optional.ofNullable(running);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public Server server() {
        return server;
    }
}
