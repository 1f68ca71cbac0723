package org.wptdlm.ingest.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
