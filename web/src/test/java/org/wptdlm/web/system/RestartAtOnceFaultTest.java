package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.wptdlm.ingest.broker.EmbeddedMqttBroker;

/**
 * Issue 10's "stop and start at once, 5 times in a row, on embedded defaults: healthy every time".
 * A user's start (embedded PostgreSQL and broker, demo fleet, live loop), stopped with SIGTERM and
 * started again as soon as it has exited, on the same data directory and the same fixed ports: the
 * demo fleet's closed connections leave the broker port in TIME_WAIT, which must not count as taken.
 */
class RestartAtOnceFaultTest {

    private static final int STARTS = 5;
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    // Kept when the test fails: the service's log is there.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    @Test
    void startsHealthyFiveTimesInARow() throws IOException {
        Path data = directory.resolve("data");
        Path log = directory.resolve("service.log");
        int httpPort = ServiceProcess.freePort();
        String[] settings = {
            "--dlm.embedded.data-directory=" + data,
            "--dlm.embedded.postgres-port=" + ServiceProcess.freePort(),
            "--dlm.embedded.mqtt-port=" + ServiceProcess.freePort(),
            "--dlm.mqtt.enabled=true",
            "--dlm.demo.enabled=auto",
        };
        Path accountsFile = data.resolve("mqtt").resolve(EmbeddedMqttBroker.ACCOUNTS_FILE);
        List<String> accountsAfterFirstRun = null;
        List<String> figures = new ArrayList<>();

        for (int start = 1; start <= STARTS; start++) {
            long started = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.start(httpPort, log, Map.of(), settings)) {
                awaitHealthyWithDemoFleet(service, start);
                Duration healthyAfter = Duration.ofNanos(System.nanoTime() - started);
                Duration stoppedIn = service.stop();
                figures.add("start %d: healthy after %.1f s, stopped in %.1f s".formatted(
                        start, healthyAfter.toMillis() / 1000.0, stoppedIn.toMillis() / 1000.0));
            }
            List<String> accounts = Files.readAllLines(accountsFile);
            if (accountsAfterFirstRun == null) {
                accountsAfterFirstRun = accounts;
            }
            // The hubs' and vehicles' broker passwords stay what the first start generated.
            assertThat(accounts).as("broker accounts after start %d", start).isEqualTo(accountsAfterFirstRun);
        }

        figures.forEach(figure -> System.out.println("Restart at once: " + figure));
        assertThat(String.join("\n", accountsAfterFirstRun)).contains("demo-hub-1", "demo-hub-2");
    }

    /** Healthy, and the demo fleet connected to the broker (so its connections are there to close). */
    private static void awaitHealthyWithDemoFleet(ServiceProcess service, int start) {
        try {
            await().atMost(START_LIMIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> service.health().up() && service.log("Demo fleet running") >= start);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("start " + start + " not healthy: " + service.health() + "\n" + service.logTail(), e);
        }
    }
}
