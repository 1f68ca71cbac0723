package org.wptdlm.ingest.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.db.embedded.TcpPorts;

/**
 * An MQTT 3.1.1 broker (Moquette) inside the service, for running without an external broker:
 * authenticated, with per-hub topic rules ({@link BrokerAcl}), on loopback unless told otherwise.
 * Retained messages and persistent sessions are kept in the data directory; Moquette's
 * phone-home telemetry is off. One broker per JVM.
 */
public final class EmbeddedMqttBroker {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);
    private static EmbeddedMqttBroker running;

    /** The accounts file in the broker's data directory. */
    public static final String ACCOUNTS_FILE = "accounts.properties";

    private final Server server;
    private final String host;
    private final int port;
    private final BrokerAccounts accounts;

    private EmbeddedMqttBroker(Server server, String host, int port, BrokerAccounts accounts) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.accounts = accounts;
    }

    /**
     * Where and how the broker runs.
     *
     * @param host the address to listen on: {@code 127.0.0.1} unless devices elsewhere must reach it
     * @param port the port to listen on; 0 picks a free one
     * @param dataDirectory retained messages, sessions and the accounts file
     * @param portSetting the configuration key that chooses the port, named when the port is taken
     * @param serviceStatusTopic the service's status topic, which hubs may read and only the service writes
     */
    public record Settings(String host, int port, Path dataDirectory, String portSetting, String serviceStatusTopic) {}

    /**
     * Starts the broker, or returns the one already running in this JVM. Every client must log in
     * with an account of {@link #accounts()}, kept in {@value #ACCOUNTS_FILE} of the data directory
     * (created owner-only, with a service account, on first start); {@link BrokerAcl} decides what
     * each may publish and read.
     */
    public static synchronized EmbeddedMqttBroker start(Settings settings) {
        if (running != null) {
            return running;
        }
        int chosenPort = TcpPorts.claim("Embedded MQTT broker", settings.port(), settings.portSetting());
        try {
            Files.createDirectories(settings.dataDirectory());
            BrokerAccounts accounts = BrokerAccounts.openOrCreate(settings.dataDirectory().resolve(ACCOUNTS_FILE));
            BrokerAcl acl = new BrokerAcl(accounts, settings.serviceStatusTopic());
            Server server = new Server();
            server.startServer(configuration(settings.host(), chosenPort, settings.dataDirectory()),
                    List.of(), null, accounts, acl);
            server.addInterceptHandler(new WillGuard(acl, server));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopServer, "embedded-mqtt-stop"));
            log.info("Embedded MQTT broker listening on {}:{}, data and accounts in {}", settings.host(), chosenPort,
                    settings.dataDirectory().toAbsolutePath());
            running = new EmbeddedMqttBroker(server, settings.host(), chosenPort, accounts);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded MQTT broker failed to start", e);
        }
    }

    /**
     * Moquette's settings for a broker on {@code host:port} keeping retained messages and sessions
     * in {@code dataDirectory}: no anonymous clients, no websocket, no phone-home, 1 MiB packets.
     */
    public static MemoryConfig configuration(String host, int port, Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
        // Command-line clients (mosquitto_sub) send an empty client id and let the broker choose one.
        properties.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
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

    /** Where clients on this machine reach the broker (loopback when it listens on every address). */
    public String url() {
        boolean everyAddress = host.equals("0.0.0.0") || host.equals("::");
        return "tcp://" + (everyAddress ? "127.0.0.1" : host) + ":" + port;
    }

    public Server server() {
        return server;
    }

    /** Who may log in; the service's own account is {@link BrokerAccounts#SERVICE_USERNAME}. */
    public BrokerAccounts accounts() {
        return accounts;
    }
}
