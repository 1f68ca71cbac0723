package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.wptdlm.ingest.simulate.BrokerLogin;
import org.wptdlm.ingest.simulate.LoadGenerator;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.StoredTelemetry;

/**
 * kill -9 of the service under {@value #RATE} telemetry messages/s (QoS 1, persistent session),
 * then a restart: every message the broker took is stored exactly once. The service is a child
 * JVM ({@link IngestTestApplication}) on a Mosquitto and a PostgreSQL of the test's own.
 */
@EnabledIf("installed")
class IngestCrashFaultTest {

    private static final int RATE = 2000;
    private static final Duration LOAD = Duration.ofSeconds(10);

    static boolean installed() {
        return MosquittoProcess.installed() && PostgresCluster.installed();
    }

    @Test
    void noAcknowledgedMessageIsLostOrStoredTwiceThroughAKill() throws Exception {
        try (MosquittoProcess broker = new MosquittoProcess().start();
                PostgresCluster database = new PostgresCluster().start()) {
            StoredTelemetry telemetry = new StoredTelemetry(database.jdbcUrl());
            String clientId = "crash-" + UUID.randomUUID().toString().substring(0, 6);
            String hubId = "crash-" + UUID.randomUUID().toString().substring(0, 6);
            Process service = startService(broker, database, clientId);
            try {
                broker.awaitServiceOnline(clientId);
                LoadGenerator generator = new LoadGenerator(new BrokerLogin(broker.url(), null, null), Clock.systemUTC());
                CompletableFuture<LoadGenerator.Report> load = CompletableFuture.supplyAsync(() -> {
                    try {
                        return generator.run(hubId, 20, RATE, LOAD);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> telemetry.rows(hubId) > RATE * 3L);
                long storedAtKill = telemetry.rows(hubId);
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                LoadGenerator.Report report = load.get(90, TimeUnit.SECONDS);
                service = startService(broker, database, clientId);
                await().atMost(Duration.ofSeconds(120)).until(() -> telemetry.rows(hubId) >= report.acknowledged());
                long stored = telemetry.rows(hubId);
                long distinct = telemetry.distinctRows(hubId);
                System.out.printf("Fault test, kill -9 at %d msg/s: %d sent, %d taken by the broker, %d stored when"
                                + " killed, %d stored after the restart, %d distinct: lost %d, duplicated %d%n",
                        RATE, report.sent(), report.acknowledged(), storedAtKill, stored, distinct,
                        report.acknowledged() - distinct, stored - distinct);
                assertThat(distinct).isEqualTo(report.acknowledged());
                assertThat(stored).isEqualTo(distinct);
            } finally {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Process startService(MosquittoProcess broker, PostgresCluster database, String clientId)
            throws IOException {
        Path log = Files.createDirectories(Path.of("target")).resolve(clientId + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                IngestTestApplication.class.getName()));
        command.addAll(IngestTestApplication.arguments(broker.url(), database.jdbcUrl(), clientId));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }
}
