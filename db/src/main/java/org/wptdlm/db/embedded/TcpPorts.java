package org.wptdlm.db.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks and finds local TCP ports for the embedded services (PostgreSQL here, the MQTT broker in
 * ingest). A port counts as taken only when something listens on it: connections of a stopped
 * instance lingering in TIME_WAIT do not stop an immediate restart.
 */
public final class TcpPorts {

    private TcpPorts() {
    }

    /** True when nothing listens on {@code port} of the loopback interface or the wildcard address. */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                && canBind(new InetSocketAddress(port));
    }

    /** Any port that is free now; used when the configured port is 0. */
    public static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free local TCP port", e);
        }
    }

    /** The configured port when it is free, a free one when it is 0, otherwise a {@link PortInUseException}. */
    public static int claim(String service, int configuredPort, String portSetting) {
        if (configuredPort == 0) {
            return anyFreePort();
        }
        if (!isFree(configuredPort)) {
            throw new PortInUseException(service, configuredPort, portSetting);
        }
        return configuredPort;
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the servers bind (Netty, PostgreSQL): TIME_WAIT leftovers of the last run are no listener.
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
