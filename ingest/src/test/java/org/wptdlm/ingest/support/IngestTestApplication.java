package org.wptdlm.ingest.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.integration.IntegrationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The live loop without the web layer: ingest, repositories, PostgreSQL and a broker. */
@SpringBootApplication(scanBasePackages = {"org.wptdlm.ingest", "org.wptdlm.db"},
        exclude = IntegrationAutoConfiguration.class)
@EnableScheduling
public class IngestTestApplication {

    /** Runs the live loop alone, as a process a fault test can kill. */
    public static void main(String[] args) {
        SpringApplication.run(IngestTestApplication.class, args);
    }

    /**
     * The command-line arguments of a live loop on the given broker and database under a persistent
     * session, writing as soon as messages wait: what the fault tests start, in or out of process.
     */
    public static List<String> arguments(String brokerUrl, String jdbcUrl, String clientId) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--dlm.mqtt.url=" + brokerUrl,
                "--dlm.mqtt.client-id=" + clientId,
                "--dlm.mqtt.clean-session=false",
                "--dlm.ingest.flush-interval=50ms",
                "--spring.main.banner-mode=off");
    }

    /** The live loop in this JVM, on the given broker and database. */
    public static ConfigurableApplicationContext startInProcess(String brokerUrl, String jdbcUrl, String clientId) {
        return new SpringApplicationBuilder(IngestTestApplication.class)
                .run(arguments(brokerUrl, jdbcUrl, clientId).toArray(String[]::new));
    }

    /** Whether a fault test can start a Mosquitto and a PostgreSQL of its own here. */
    public static boolean brokerAndDatabaseInstalled() {
        return MosquittoProcess.installed() && PostgresCluster.installed();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
