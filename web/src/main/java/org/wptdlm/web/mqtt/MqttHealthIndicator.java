package org.wptdlm.web.mqtt;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.mqtt.MqttConnection;

/**
 * {@code /actuator/health} component {@code mqtt}: up while the service is connected to its broker.
 * While it is down the service keeps running and reconnects by itself; hub controllers apply the
 * fallback limits of their last allocation.
 */
@Component("mqtt")
class MqttHealthIndicator implements HealthIndicator {

    private final MqttConnection connection;

    MqttHealthIndicator(MqttConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        if (!connection.isEnabled()) {
            return Health.unknown().withDetail("enabled", false).build();
        }
        Health.Builder health = connection.isConnected() ? Health.up() : Health.down();
        return health.withDetail("broker", connection.url())
                .withDetail("clientId", connection.clientId())
                .withDetail("connects", connection.connectCount())
                .build();
    }
}
