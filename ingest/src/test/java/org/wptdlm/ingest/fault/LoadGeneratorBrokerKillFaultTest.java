package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.wptdlm.ingest.simulate.BrokerLogin;
import org.wptdlm.ingest.simulate.LoadGenerator;
import org.wptdlm.ingest.support.MosquittoProcess;

/**
 * The load generator survives its broker being killed (SIGKILL) and started again mid-run: it
 * waits while the client reconnects instead of dying with "Client is not connected (32104)".
 */
@EnabledIf("org.wptdlm.ingest.support.MosquittoProcess#installed")
class LoadGeneratorBrokerKillFaultTest {

    @Test
    void aRunGoesOnThroughABrokerKill() throws Exception {
        try (MosquittoProcess broker = new MosquittoProcess().start()) {
            LoadGenerator generator = new LoadGenerator(new BrokerLogin(broker.url(), null, null), Clock.systemUTC());
            String hubId = "kill-" + UUID.randomUUID().toString().substring(0, 6);
            CompletableFuture<LoadGenerator.Report> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return generator.run(hubId, 10, 2000, Duration.ofSeconds(8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // The generator announces the hub for 2 s, then sends: kill the broker 2 s into the load.
            await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
            broker.kill();
            broker.start();

            LoadGenerator.Report report = run.get(60, TimeUnit.SECONDS);
            System.out.printf("Fault test, broker SIGKILL under load: the load generator sent %d messages at %.0f/s,"
                    + " %d acknowledged by the broker (the killed broker's in-flight ones are not), and finished%n",
                    report.sent(), report.ratePerSecond(), report.acknowledged());
            assertThat(report.sent()).isGreaterThan(2000 * 4);
            assertThat(report.acknowledged()).isPositive();
        }
    }
}
