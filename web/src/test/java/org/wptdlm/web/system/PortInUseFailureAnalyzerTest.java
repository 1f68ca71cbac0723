package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.wptdlm.db.embedded.EmbeddedDatabase;
import org.wptdlm.db.embedded.PortInUseException;

/** A taken port is reported with the setting that chooses another, not as a stack trace. */
class PortInUseFailureAnalyzerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void takenPortNamesThePortAndTheSettingToChange() throws Exception {
        try (ServerSocket occupier = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int takenPort = occupier.getLocalPort();

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, takenPort, "dlm.embedded.postgres-port"))
                    .isInstanceOfSatisfying(PortInUseException.class, failure -> {
                        FailureAnalysis analysis = new PortInUseFailureAnalyzer().analyze(failure);
                        assertThat(analysis.getDescription()).contains("port " + takenPort + " is already in use");
                        assertThat(analysis.getAction())
                                .contains("--dlm.embedded.postgres-port=PORT")
                                .contains("DLM_EMBEDDED_POSTGRES_PORT");
                    });
        }
    }
}
