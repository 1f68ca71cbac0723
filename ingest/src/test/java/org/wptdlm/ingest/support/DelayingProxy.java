package org.wptdlm.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback that holds what a client sends for {@code delay} before passing it on (the
 * answers come back at once): a client on a slow link, whose messages reach the broker after those
 * of clients on fast ones.
 */
public final class DelayingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    public DelayingProxy(String upstreamHost, int upstreamPort, Duration delay) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(upstreamHost, upstreamPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream, delay);
                    pump(upstream, client, Duration.ZERO);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "delaying-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    private void pump(Socket from, Socket to, Duration delay) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    Thread.sleep(delay.toMillis());
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // one side went away: the connection ends
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "delaying-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(java.io.Closeable socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(DelayingProxy::closeQuietly);
    }
}
