package org.wptdlm.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own ({@code initdb} into a temp directory, on a free port),
 * which a fault test may stop and start. The server refuses to run as root, so under root it runs
 * as user {@code postgres} through {@code runuser}. Tests that need it are skipped where no
 * PostgreSQL binaries are installed under /usr/lib/postgresql.
 */
public final class PostgresCluster implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;

    public PostgresCluster() {
        bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql"));
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            directory = Files.createTempDirectory("wptdlm-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (asRoot()) {
            run(List.of("chown", "postgres", directory.toString()));
        }
        run(command("initdb", "-D", directory.resolve("data").toString(), "-A", "trust", "-U", "postgres"));
    }

    public static boolean installed() {
        return binaries().isPresent();
    }

    private static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                    .max(Path::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public PostgresCluster start() {
        run(command("pg_ctl", "-D", directory.resolve("data").toString(), "-l", directory.resolve("log").toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "-w", "start"));
        return this;
    }

    /** A fast shutdown: open connections are cut, new ones refused. */
    public void stop() {
        run(command("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    }

    /** An immediate shutdown, as a crash or a cut network looks to clients: no goodbye on open connections. */
    public void stopImmediately() {
        run(command("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(directory.toString() + ".out").toFile()))
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + directory + ".out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IllegalStateException e) {
            // already stopped
        }
    }
}
