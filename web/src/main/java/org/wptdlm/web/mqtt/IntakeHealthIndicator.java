package org.wptdlm.web.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.mqtt.MessageIntake;
import org.wptdlm.ingest.mqtt.MqttProperties;

/**
 * {@code /actuator/health} component {@code intake}: OUT_OF_SERVICE when hubs are known but no input
 * (a message from a hub or vehicle, {@link MessageIntake#lastInputAt}) has arrived for
 * {@code dlm.mqtt.intake-silence-alarm} (a connection that is up but silent: a lost subscription, a
 * broker that stopped routing, a silent fleet). The service's own echoed allocations do not count:
 * it keeps re-planning while its fleet is silent. Answers from memory, at once.
 */
@Component("intake")
class IntakeHealthIndicator implements HealthIndicator {

    private final MessageIntake intake;
    private final LiveModel model;
    private final MqttProperties properties;
    private final Clock clock;
    private final Instant startedAt;

    IntakeHealthIndicator(MessageIntake intake, LiveModel model, MqttProperties properties, Clock clock) {
        this.intake = intake;
        this.model = model;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.unknown().withDetail("enabled", false).build();
        }
        Instant last = intake.lastInputAt();
        Duration silence = Duration.between(last == null ? startedAt : last, clock.instant());
        int hubs = model.hubs().size();
        Health.Builder health = hubs > 0 && silence.compareTo(properties.intakeSilenceAlarm()) > 0
                ? Health.status(Status.OUT_OF_SERVICE)
                : Health.up();
        return health.withDetail("hubs", hubs)
                .withDetail("lastInputAt", last == null ? "none" : last.toString())
                .withDetail("silenceAlarm", properties.intakeSilenceAlarm().toString())
                .build();
    }
}
