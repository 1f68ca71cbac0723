package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that fails to start (here: a configured database that cannot be reached) exits with an
 * error, and the embedded broker it had already started gives its port back. Before, the broker's
 * threads kept the JVM running and the port taken after the failure.
 */
class FailedStartExitTest {

    private static final Duration EXIT_LIMIT = Duration.ofSeconds(60);

    // Kept when the test fails: the service's log is there.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    @Test
    void aFailedStartExitsAndFreesTheEmbeddedBrokersPort() throws IOException {
        int mqttPort = ServiceProcess.freePort();
        Path log = directory.resolve("service.log");
        Map<String, String> unreachableDatabase = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");

        try (ServiceProcess service = ServiceProcess.start(ServiceProcess.freePort(), log, unreachableDatabase,
                "--dlm.embedded.data-directory=" + directory.resolve("data"),
                "--dlm.embedded.mqtt-port=" + mqttPort,
                "--dlm.mqtt.enabled=true")) {
            OptionalInt exitCode = service.exitCodeWithin(EXIT_LIMIT);

            assertThat(exitCode).as("exit code; log:%n%s", service.logTail()).hasValue(1);
            assertThat(service.log("using the embedded MQTT broker at tcp://127.0.0.1:" + mqttPort))
                    .as("the broker had started").isEqualTo(1);
        }
        try (ServerSocket portFreeAgain = new ServerSocket(mqttPort)) {
            assertThat(portFreeAgain.getLocalPort()).isEqualTo(mqttPort);
        }
    }
}
