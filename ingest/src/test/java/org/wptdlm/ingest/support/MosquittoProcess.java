package org.wptdlm.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A Mosquitto broker of the test's own ({@code mosquitto -c} with a config in a temp directory, on
 * a free port), so a fault test can kill it without disturbing the machine's shared broker. Tests
 * that need it are skipped where no {@code mosquitto} binary is installed.
 */
public final class MosquittoProcess implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final int port;
    private final Path config;
    private Process process;

    public MosquittoProcess() {
        this(0);
    }

    /**
     * A broker that keeps sessions and queued messages in its directory across a restart. Mosquitto
     * saves its whole state at once, here after every {@code autosaveChanges} changes (messages,
     * subscriptions): what changed since the last save is lost when it is killed.
     */
    public static MosquittoProcess persistent(int autosaveChanges) {
        return new MosquittoProcess(autosaveChanges);
    }

    /** A broker that lets in only {@code username} with {@code password} (a password file, as in config/mosquitto). */
    public static MosquittoProcess withPassword(String username, String password) {
        return new MosquittoProcess(0, username, password);
    }

    private MosquittoProcess(int autosaveChanges) {
        this(autosaveChanges, null, null);
    }

    private MosquittoProcess(int autosaveChanges, String username, String password) {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            Files.createDirectories(Path.of("target"));
            Path directory = Files.createTempDirectory(Path.of("target"), "mosquitto-");
            config = directory.resolve("mosquitto.conf");
            Files.writeString(config, String.join("\n",
                    "listener " + port + " 127.0.0.1",
                    authentication(directory, username, password),
                    persistence(directory, autosaveChanges),
                    "max_inflight_messages 200",
                    "max_queued_messages 1000000",
                    "log_dest stderr",
                    "log_type error",
                    "user " + System.getProperty("user.name"),
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String authentication(Path directory, String username, String password) throws IOException {
        if (username == null) {
            return "allow_anonymous true";
        }
        Path passwords = directory.resolve("passwd");
        try {
            Process hashing = new ProcessBuilder("mosquitto_passwd", "-c", "-b", passwords.toString(), username, password)
                    .redirectErrorStream(true).start();
            if (!hashing.waitFor(10, TimeUnit.SECONDS) || hashing.exitValue() != 0) {
                throw new IOException("mosquitto_passwd failed: " + new String(hashing.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted writing the password file", e);
        }
        return "allow_anonymous false\npassword_file " + passwords.toAbsolutePath();
    }

    private static String persistence(Path directory, int autosaveChanges) {
        if (autosaveChanges <= 0) {
            return "persistence false";
        }
        return String.join("\n", "persistence true", "persistence_location " + directory.toAbsolutePath() + "/",
                "autosave_on_changes true", "autosave_interval " + autosaveChanges);
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public MosquittoProcess start() {
        try {
            process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(config.resolveSibling("mosquitto.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Awaitility.await("mosquitto listening on " + port).atMost(Duration.ofSeconds(10)).until(this::listening);
        return this;
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: the broker dies without closing a connection. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Waits until a service announces itself online (retained), which it does once connected and subscribed. */
    public void awaitServiceOnline(String clientId) throws Exception {
        try (TestClient watcher = new TestClient(url())) {
            watcher.subscribe("wpt-dlm/status");
            watcher.await(message -> message.payload().contains(clientId) && message.payload().contains("online"),
                    Duration.ofSeconds(90));
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        kill();
    }
}
