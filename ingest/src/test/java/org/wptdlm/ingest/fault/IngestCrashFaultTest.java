package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.wptdlm.ingest.simulate.BrokerLogin;
import org.wptdlm.ingest.simulate.LoadGenerator;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.StoredRows;
import org.wptdlm.ingest.support.TestClient;

/**
 * kill -9 of the service under {@value #RATE} telemetry messages/s (QoS 1, persistent session),
 * then a restart: every message the broker took is stored exactly once, and every invalid one sent
 * meanwhile is in rejected_messages (a refused message is acknowledged only once its row is
 * stored). The service is a child JVM ({@link IngestTestApplication}) on a Mosquitto and a
 * PostgreSQL of the test's own.
 */
@EnabledIf("org.wptdlm.ingest.support.IngestTestApplication#brokerAndDatabaseInstalled")
class IngestCrashFaultTest {

    private static final int RATE = 2000;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final int REFUSED_RATE = 200;

    @Test
    void noAcknowledgedMessageIsLostOrStoredTwiceThroughAKill() throws Exception {
        try (MosquittoProcess broker = new MosquittoProcess().start();
                PostgresCluster database = new PostgresCluster().start()) {
            StoredRows rows = new StoredRows(database.jdbcUrl());
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
                CompletableFuture<Long> refused = CompletableFuture.supplyAsync(() -> publishRefused(broker, hubId, load));
                await().atMost(Duration.ofSeconds(90)).until(() -> rows.telemetryRows(hubId) > RATE * 3L);
                long storedAtKill = rows.telemetryRows(hubId);
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                LoadGenerator.Report report = load.get(90, TimeUnit.SECONDS);
                long refusedSent = refused.get(30, TimeUnit.SECONDS);
                service = startService(broker, database, clientId);
                await().atMost(Duration.ofSeconds(120)).until(() -> rows.telemetryRows(hubId) >= report.acknowledged()
                        && rows.distinctRejections(hubId) >= refusedSent);
                long stored = rows.telemetryRows(hubId);
                long distinct = rows.distinctTelemetryRows(hubId);
                long refusedStored = rows.distinctRejections(hubId);
                System.out.printf("Fault test, kill -9 at %d msg/s: %d sent, %d taken by the broker, %d stored when"
                                + " killed, %d stored after the restart, %d distinct: lost %d, duplicated %d;"
                                + " %d invalid messages taken by the broker, %d of them in rejected_messages%n",
                        RATE, report.sent(), report.acknowledged(), storedAtKill, stored, distinct,
                        report.acknowledged() - distinct, stored - distinct, refusedSent, refusedStored);
                assertThat(distinct).isEqualTo(report.acknowledged());
                assertThat(stored).isEqualTo(distinct);
                assertThat(refusedStored).as("every refused message recorded").isEqualTo(refusedSent);
            } finally {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Invalid pad telemetry at about {@value #REFUSED_RATE}/s while the load runs, through the kill:
     * alternately refused on intake (negative power) and by the ingest worker (unknown pad). Each is
     * a different message; answers how many the broker took.
     */
    private static long publishRefused(MosquittoProcess broker, String hubId, CompletableFuture<?> load) {
        try (TestClient device = new TestClient(broker.url())) {
            long sent = 0;
            long startNanos = System.nanoTime();
            while (!load.isDone()) {
                boolean onIntake = sent % 2 == 0;
                device.publish("iot/hubs/" + hubId + "/nodes/" + (onIntake ? "pad-1" : "no-such-pad") + "/telemetry",
                        "{\"ts\":\"" + Instant.now() + "\",\"seq\":" + sent + ",\"powerKw\":" + (onIntake ? -1 : 1)
                                + ",\"energyKwh\":1}");
                sent++;
                LockSupport.parkNanos(startNanos + sent * 1_000_000_000L / REFUSED_RATE - System.nanoTime());
            }
            return sent;
        } catch (MqttException e) {
            throw new IllegalStateException(e);
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
