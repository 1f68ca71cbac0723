package org.wptdlm.ingest.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.TestClient;

/**
 * One instance of the live loop in a cluster: a child JVM ({@link IngestTestApplication}) that a
 * test can kill -9, logging to {@code target/<id>.log}.
 */
final class ServiceInstance implements AutoCloseable {

    static final Duration REPLAN_INTERVAL = Duration.ofSeconds(3);

    private final String id;
    private final String brokerUrl;
    private final Process process;

    private ServiceInstance(String id, String brokerUrl, Process process) {
        this.id = id;
        this.brokerUrl = brokerUrl;
        this.process = process;
    }

    /** Starts an instance with the default lease TTL and renewal, telemetry on a shared subscription. */
    static ServiceInstance start(String id, String brokerUrl, String jdbcUrl) throws IOException {
        Path log = Files.createDirectories(Path.of("target")).resolve(id + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                IngestTestApplication.class.getName(),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--dlm.mqtt.url=" + brokerUrl,
                "--dlm.mqtt.client-id=" + id,
                "--dlm.mqtt.clean-session=true",
                "--dlm.mqtt.service-status-topic=" + statusTopic(id),
                "--dlm.cluster.enabled=true",
                "--dlm.cluster.instance-id=" + id,
                "--dlm.cluster.shared-subscription-group=wpt-dlm",
                "--dlm.replan.interval=" + REPLAN_INTERVAL.toMillis() + "ms",
                "--dlm.replan.improvement-budget=200ms",
                "--dlm.ingest.flush-interval=200ms",
                "--spring.main.banner-mode=off"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceInstance(id, brokerUrl, process);
    }

    private static String statusTopic(String id) {
        return "wpt-dlm/status/" + id;
    }

    String id() {
        return id;
    }

    /** Waits until the instance announces itself online (retained), i.e. connected and subscribed. */
    ServiceInstance awaitOnline(Duration timeout) throws Exception {
        try (TestClient watcher = new TestClient(brokerUrl)) {
            watcher.subscribe(statusTopic(id));
            watcher.await(message -> message.payload().contains("online"), timeout);
        }
        return this;
    }

    /** kill -9: no orderly shutdown, its leases run out by themselves. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
