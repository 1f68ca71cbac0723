package org.wptdlm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded defaults start real servers when, and only when, no URLs are configured. */
class EmbeddedServicesEnvironmentPostProcessorTest {

    @TempDir
    Path dataDirectory;

    private final EmbeddedServicesEnvironmentPostProcessor postProcessor =
            new EmbeddedServicesEnvironmentPostProcessor(new DeferredLogs());

    @Test
    void startsPostgresAndBrokerWhenNoUrlsAreConfigured() throws Exception {
        StandardEnvironment environment = environmentWith(Map.of(
                "dlm.embedded.data-directory", dataDirectory.toString(),
                "dlm.embedded.postgres-port", "0",
                "dlm.embedded.mqtt-port", "0"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        String jdbcUrl = environment.getProperty("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(
                        jdbcUrl, environment.getProperty("spring.datasource.username"), "");
                ResultSet result = connection.createStatement().executeQuery("select 1 + 1")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(2);
        }
        URI brokerUrl = URI.create(environment.getProperty("dlm.mqtt.url"));
        try (Socket socket = new Socket(brokerUrl.getHost(), brokerUrl.getPort())) {
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void leavesConfiguredUrlsAlone() {
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/dlm",
                "dlm.mqtt.url", "tcp://broker.example:1883"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/dlm");
        assertThat(environment.getProperty("dlm.mqtt.url")).isEqualTo("tcp://broker.example:1883");
        assertThat(environment.getPropertySources().contains("dlmEmbeddedServices")).isFalse();
    }

    @Test
    void startsNothingWhenDisabled() {
        StandardEnvironment environment = environmentWith(Map.of("dlm.embedded.enabled", "false"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getProperty("dlm.mqtt.url")).isNull();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
