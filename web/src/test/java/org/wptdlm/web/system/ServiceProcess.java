package org.wptdlm.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.wptdlm.web.WptDlmApplication;

/**
 * The service in a JVM of its own, started as a user starts it and stopped with SIGTERM: the
 * embedded PostgreSQL and broker live as long as their JVM, so only a process of its own really
 * stops and restarts them. It runs on this test's classpath; the caller's arguments come first
 * among its settings, and the CI environment's service URLs are removed unless given.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration HEALTH_CALL_TIMEOUT = Duration.ofSeconds(2);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HEALTH_CALL_TIMEOUT).build();

    private ServiceProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * @param environment variables to set in the child; SPRING_DATASOURCE_URL and DLM_MQTT_URL are removed first
     */
    static ServiceProcess start(int httpPort, Path log, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                WptDlmApplication.class.getName(),
                "--server.port=" + httpPort));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("DLM_MQTT_URL");
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(builder.start(), log, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One {@code /actuator/health} call; a call that takes longer than 2 s fails. */
    Health health() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                .timeout(HEALTH_CALL_TIMEOUT).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Health(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            return new Health(0, e.toString(), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGTERM, as a service manager stops a service, and waits until the process has exited. */
    Duration stop() {
        long started = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not stop within 60 s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits up to {@code limit} for the process to exit; its exit code, or empty if it still runs. */
    java.util.OptionalInt exitCodeWithin(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** How often the log (of every start sharing it) has a line containing {@code text}. */
    long log(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** An answer of {@code /actuator/health}: status 0 when none came. */
    record Health(int httpStatus, String body, Duration latency) {

        boolean up() {
            return httpStatus == 200 && body.startsWith("{\"status\":\"UP\"");
        }

        boolean down() {
            return httpStatus == 503 && body.startsWith("{\"status\":\"DOWN\"");
        }
    }
}
