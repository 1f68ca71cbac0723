package org.wptdlm.ingest.support;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wptdlm.ingest.broker.EmbeddedMqttBroker;

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
        try {
            server = new Server();
            // A test's own broker on loopback: open to anonymous clients, unlike the service's.
            MemoryConfig configuration = EmbeddedMqttBroker.configuration("127.0.0.1", port, dataDirectory);
            configuration.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
            server.startServer(configuration);
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
