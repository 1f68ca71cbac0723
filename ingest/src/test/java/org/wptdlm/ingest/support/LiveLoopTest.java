package org.wptdlm.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.db.embedded.EmbeddedDatabase;

/**
 * Base of the live-loop integration tests: the real ingest against a real PostgreSQL and a real
 * broker — the machine's when {@code SPRING_DATASOURCE_URL} / {@code DLM_MQTT_URL} are set (as in
 * CI), otherwise an embedded PostgreSQL and a Moquette broker started for the test JVM. The client
 * id is unique per run and the session clean, so a shared broker keeps nothing of the tests.
 */
@LiveLoopSpringBootTest
public abstract class LiveLoopTest {

    protected static final String CLIENT_ID = "ingest-test-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registerDatabase(registry);
        registry.add("dlm.mqtt.url", LiveLoopTest::brokerUrl);
    }

    /** The client id and the database: the machine's when configured, the embedded one otherwise. */
    public static void registerDatabase(DynamicPropertyRegistry registry) {
        registry.add("dlm.mqtt.client-id", () -> CLIENT_ID);
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            EmbeddedDatabase database = TestDatabase.INSTANCE;
            registry.add("spring.datasource.url", database::jdbcUrl);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", () -> "");
        }
    }

    public static String brokerUrl() {
        String configured = System.getenv("DLM_MQTT_URL");
        return configured != null ? configured : TestBrokerHolder.INSTANCE.url();
    }

    /** Started on first use, once per test JVM. */
    private static final class TestBrokerHolder {
        static final TestBroker INSTANCE = new TestBroker().start();
    }

    /** Started on first use, once per test JVM, in a fresh directory. */
    private static final class TestDatabase {

        static final EmbeddedDatabase INSTANCE = start();

        private static EmbeddedDatabase start() {
            try {
                Files.createDirectories(Path.of("target"));
                return EmbeddedDatabase.start(Files.createTempDirectory(Path.of("target"), "test-postgres-"), 0,
                        "test database port");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
