package org.wptdlm.web.system;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.wptdlm.db.embedded.EmbeddedDatabase;
import org.wptdlm.ingest.broker.BrokerAccounts;
import org.wptdlm.ingest.broker.BrokerRole;
import org.wptdlm.ingest.broker.EmbeddedMqttBroker;

/**
 * The "embedded defaults" of the two-command promise: with no {@code spring.datasource.url}, start an
 * embedded PostgreSQL; with no {@code dlm.mqtt.url}, start an embedded MQTT broker; then point the
 * configuration at them, so everything downstream (Flyway, jOOQ, the MQTT client) is unaware of the
 * difference. Nothing embedded starts when the URLs are configured, or when
 * {@code dlm.embedded.enabled=false}.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The property source holding the embedded services' URLs, present only when one of them started. */
    public static final String SOURCE_NAME = "dlmEmbeddedServices";
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    private final Log log;

    public EmbeddedServicesEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        // Logging is not configured yet at this point: a deferred log replays once it is.
        this.log = logFactory.getLog(EmbeddedServicesEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        if (!binder.bind(EmbeddedServicesProperties.PREFIX + ".enabled", Boolean.class).orElse(true)) {
            return;
        }
        EmbeddedServicesProperties properties = binder
                .bind(EmbeddedServicesProperties.PREFIX, EmbeddedServicesProperties.class)
                .orElseGet(() -> new EmbeddedServicesProperties(null, 54329, 1884, null));
        Map<String, Object> overrides = new HashMap<>();
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            EmbeddedDatabase database = EmbeddedDatabase.start(
                    properties.dataDirectory().resolve("postgres"),
                    properties.postgresPort(),
                    EmbeddedServicesProperties.POSTGRES_PORT_SETTING);
            overrides.put("spring.datasource.url", database.jdbcUrl());
            overrides.put("spring.datasource.username", database.username());
            overrides.put("spring.datasource.password", "");
            log.info("No spring.datasource.url configured: using embedded PostgreSQL on port "
                    + database.port() + ", data in " + database.dataDirectory());
        }
        if (!StringUtils.hasText(environment.getProperty("dlm.mqtt.url"))) {
            EmbeddedMqttBroker broker = EmbeddedMqttBroker.start(new EmbeddedMqttBroker.Settings(
                    properties.mqttHost(),
                    properties.mqttPort(),
                    properties.dataDirectory().resolve("mqtt"),
                    EmbeddedServicesProperties.MQTT_PORT_SETTING,
                    environment.getProperty("dlm.mqtt.service-status-topic", "wpt-dlm/status")));
            // The service logs in like every other client, with the account generated at the broker's first start.
            overrides.put("dlm.mqtt.url", broker.url());
            overrides.put("dlm.mqtt.username", BrokerAccounts.SERVICE_USERNAME);
            overrides.put("dlm.mqtt.password", broker.accounts().ensure(BrokerAccounts.SERVICE_USERNAME, BrokerRole.SERVICE));
            log.info("No dlm.mqtt.url configured: using the embedded MQTT broker at " + broker.url());
        }
        if (!overrides.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, overrides));
        }
    }

    @Override
    public int getOrder() {
        // After application.yml and the environment are loaded, so their URLs are seen; before the accounts check.
        return ORDER;
    }
}
