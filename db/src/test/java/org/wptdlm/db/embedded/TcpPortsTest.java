package org.wptdlm.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class TcpPortsTest {

    @Test
    void aPortSomethingListensOnIsTaken() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(TcpPorts.isFree(listener.getLocalPort())).isFalse();
            assertThatThrownBy(() -> TcpPorts.claim("Test service", listener.getLocalPort(), "test.port"))
                    .isInstanceOf(PortInUseException.class);
        }
    }

    /** The server closing first leaves its side of the connection in TIME_WAIT, as after a stop. */
    @Test
    void aPortWhoseLastConnectionsLingerInTimeWaitIsFree() throws IOException {
        int port;
        try (ServerSocket listener = new ServerSocket()) {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = listener.getLocalPort();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
                    Socket accepted = listener.accept()) {
                accepted.close();
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }

        assertThat(TcpPorts.isFree(port)).isTrue();
        assertThat(TcpPorts.claim("Test service", port, "test.port")).isEqualTo(port);
    }
}
