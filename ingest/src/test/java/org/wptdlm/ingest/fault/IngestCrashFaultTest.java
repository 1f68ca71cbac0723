package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
import org.wptdlm.ingest.support.TestClient;

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
            String clientId = "crash-" + UUID.randomUUID().toString().substring(0, 6);
            String hubId = "crash-" + UUID.randomUUID().toString().substring(0, 6);
            Process service = startService(broker, database, clientId);
            try {
                awaitOnline(broker, clientId);
                LoadGenerator generator = new LoadGenerator(new BrokerLogin(broker.url(), null, null), Clock.systemUTC());
                CompletableFuture<LoadGenerator.Report> load = CompletableFuture.supplyAsync(() -> {
                    try {
                        return generator.run(hubId, 20, RATE, LOAD);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> storedRows(database, hubId) > RATE * 3L);
                long storedAtKill = storedRows(database, hubId);
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                LoadGenerator.Report report = load.get(90, TimeUnit.SECONDS);
                service = startService(broker, database, clientId);
                await().atMost(Duration.ofSeconds(120)).until(() -> storedRows(database, hubId) >= report.acknowledged());
                long stored = storedRows(database, hubId);
                long distinct = distinctRows(database, hubId);
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
        return new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                IngestTestApplication.class.getName(),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--dlm.mqtt.url=" + broker.url(),
                "--dlm.mqtt.client-id=" + clientId,
                "--dlm.mqtt.clean-session=false",
                "--dlm.ingest.flush-interval=50ms",
                "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** The service announces itself online (retained) once connected and subscribed. */
    private static void awaitOnline(MosquittoProcess broker, String clientId) throws Exception {
        try (TestClient watcher = new TestClient(broker.url())) {
            watcher.subscribe("wpt-dlm/status");
            watcher.await(message -> message.payload().contains(clientId) && message.payload().contains("online"),
                    Duration.ofSeconds(90));
        }
    }

    private static long storedRows(PostgresCluster database, String hubId) {
        return count(database, "select count(*) from node_telemetry where hub_id = ?", hubId);
    }

    private static long distinctRows(PostgresCluster database, String hubId) {
        return count(database,
                "select count(distinct (node_id, measured_at, sequence)) from node_telemetry where hub_id = ?", hubId);
    }

    private static long count(PostgresCluster database, String sql, String hubId) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hubId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
