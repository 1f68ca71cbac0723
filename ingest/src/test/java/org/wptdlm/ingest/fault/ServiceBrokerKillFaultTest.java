package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.ingest.simulate.BrokerLogin;
import org.wptdlm.ingest.simulate.LoadGenerator;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.StoredRows;

/**
 * The broker is killed (SIGKILL) under {@value #RATE} telemetry messages/s (QoS 1) and started again
 * on the same port and persistence directory, while the live loop consumes over a persistent session.
 * Every message the broker delivered to the service is stored, once.
 *
 * <p>Mosquitto itself can lose messages it had acknowledged to the publisher: it saves its state
 * as a whole every {@value #AUTOSAVE_CHANGES} changes, and SIGKILL loses what changed since. The
 * figures keep that broker loss apart from the service's: <em>delivered</em> is what reached the
 * service as distinct readings (accepted, minus redeliveries refused as duplicates or out of order).
 */
@EnabledIf("org.wptdlm.ingest.support.IngestTestApplication#brokerAndDatabaseInstalled")
class ServiceBrokerKillFaultTest {

    private static final int RATE = 2000;
    private static final int PADS = 20;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final int AUTOSAVE_CHANGES = 100;

    @Test
    void everyDeliveredMessageIsStoredOnceThroughABrokerKill() throws Exception {
        String clientId = "brokerkill-" + UUID.randomUUID().toString().substring(0, 6);
        String hubId = "brokerkill-" + UUID.randomUUID().toString().substring(0, 6);
        try (MosquittoProcess broker = MosquittoProcess.persistent(AUTOSAVE_CHANGES).start();
                PostgresCluster database = new PostgresCluster().start();
                ConfigurableApplicationContext service = IngestTestApplication.startInProcess(broker.url(), database.jdbcUrl(), clientId)) {
            broker.awaitServiceOnline(clientId);
            StoredRows rows = new StoredRows(database.jdbcUrl());
            IntakeCounters counters = new IntakeCounters(service.getBean(MeterRegistry.class));
            LoadGenerator generator = new LoadGenerator(new BrokerLogin(broker.url(), null, null), Clock.systemUTC());
            CompletableFuture<LoadGenerator.Report> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return generator.run(hubId, PADS, RATE, LOAD);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(90)).until(() -> rows.telemetryRows(hubId) > RATE * 3L);
            long storedAtKill = rows.telemetryRows(hubId);
            broker.kill();
            broker.start();

            LoadGenerator.Report report = load.get(120, TimeUnit.SECONDS);
            Settled settled = new Settled();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> settled.after(List.of(counters.delivered(), rows.telemetryRows(hubId)), 5));
            long delivered = counters.delivered();
            long stored = rows.telemetryRows(hubId);
            long distinct = rows.distinctTelemetryRows(hubId);
            System.out.printf("Fault test, broker SIGKILL at %d msg/s with the service consuming: %d sent, %d"
                            + " acknowledged by the broker, %d stored when killed; %d distinct delivered to the service"
                            + " (%d redeliveries refused), %d stored, %d distinct: lost by the broker %d, lost by the"
                            + " service %d, duplicated %d, refused as overloaded %d%n",
                    RATE, report.sent(), report.acknowledged(), storedAtKill, delivered, counters.redeliveries(),
                    stored, distinct, Math.max(0, report.acknowledged() - delivered), delivered - distinct,
                    stored - distinct, counters.overloaded());
            assertThat(distinct).as("distinct readings stored = distinct readings delivered").isEqualTo(delivered);
            assertThat(stored).as("no duplicate rows").isEqualTo(distinct);
            assertThat(counters.overloaded()).isZero();
            assertThat(report.sent()).isGreaterThan(RATE * (LOAD.toSeconds() - 2));
        }
    }

    /** The service's own intake counters: pad telemetry it accepted, and redeliveries it refused. */
    private record IntakeCounters(MeterRegistry meters) {

        long delivered() {
            return count("dlm.mqtt.accepted", "kind", "pad_telemetry") - redeliveries();
        }

        long redeliveries() {
            return rejected(RejectionReason.DUPLICATE) + rejected(RejectionReason.OUT_OF_ORDER);
        }

        long overloaded() {
            return rejected(RejectionReason.OVERLOADED);
        }

        private long rejected(RejectionReason reason) {
            return count("dlm.mqtt.rejected", "reason", reason.code());
        }

        private long count(String name, String tag, String value) {
            Counter counter = meters.find(name).tag(tag, value).counter();
            return counter == null ? 0 : (long) counter.count();
        }
    }

    /** True once the figures polled are the same {@code polls} times in a row: nothing is on its way any more. */
    private static final class Settled {
        private List<Long> last = List.of();
        private int unchanged;

        boolean after(List<Long> figures, int polls) {
            unchanged = figures.equals(last) ? unchanged + 1 : 0;
            last = figures;
            return unchanged >= polls;
        }
    }
}
