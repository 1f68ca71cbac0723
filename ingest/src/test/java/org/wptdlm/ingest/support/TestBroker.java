package org.wptdlm.ingest.support;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A Moquette broker a test owns: it can stop and start it again on the same port with the same
 * data directory, as a broker restart. (The service's EmbeddedMqttBroker is one per JVM.)
 */
public final class TestBroker implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private Server server;

    public TestBroker() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            Files.createDirectories(Path.of("target"));
            dataDirectory = Files.createTempDirectory(Path.of("target"), "test-broker-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestBroker start() {
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1024 * 1024));
        properties.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dataDirectory.toAbsolutePath().toString());
        try {
            server = new Server();
            server.startServer(new MemoryConfig(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
