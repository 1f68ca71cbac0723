package org.wptdlm.ingest.mqtt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service talks to the MQTT broker ({@code dlm.mqtt.*}, environment {@code DLM_MQTT_URL},
 * {@code DLM_MQTT_USERNAME}, …). The URL is filled in by the embedded defaults when none is
 * configured.
 *
 * @param enabled false keeps the service off MQTT (no connection, no live loop), e.g. in tests
 *     that do not need it
 * @param url broker URL, {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId stable client id: the broker keeps this client's session (subscriptions and
 *     queued QoS 1 messages) while the service is away
 * @param cleanSession false keeps the session across reconnects; tests set true so that a
 *     shared broker does not queue messages for sessions that never come back
 * @param qos quality of service for subscriptions and published DLM events
 * @param queueCapacity accepted messages waiting for the ingest worker; when full, a message is
 *     rejected as overloaded instead of blocking the MQTT callback
 * @param maxPayloadBytes larger payloads are rejected before parsing
 * @param staleAfter device timestamps older than this are rejected as stale
 * @param maxClockAhead device timestamps further ahead of the service clock are rejected
 * @param serviceStatusTopic retained topic announcing this service online/offline (last will)
 * @param intakeSilenceAlarm health reports intake OUT_OF_SERVICE when hubs are known and no input (a
 *     message from a hub or vehicle, not the service's own echoes) has arrived for this long
 */
@Validated
@ConfigurationProperties(prefix = "dlm.mqtt")
public record MqttProperties(
        @DefaultValue("true") boolean enabled,
        @Pattern(regexp = "(tcp|ssl)://.+", message = "must be tcp://host:port or ssl://host:port") String url,
        String username,
        String password,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") @DefaultValue("wpt-dlm-service") String clientId,
        @DefaultValue("false") boolean cleanSession,
        @Min(0) @Max(2) @DefaultValue("1") int qos,
        @Positive @DefaultValue("100000") int queueCapacity,
        @Positive @DefaultValue("65536") int maxPayloadBytes,
        @NotNull @DefaultValue("15m") Duration staleAfter,
        @NotNull @DefaultValue("2m") Duration maxClockAhead,
        @NotNull @DefaultValue("30s") Duration keepAlive,
        @NotNull @DefaultValue("10s") Duration connectionTimeout,
        @NotNull @DefaultValue("30s") Duration maxReconnectDelay,
        @NotBlank @DefaultValue("wpt-dlm/status") String serviceStatusTopic,
        @NotNull @DefaultValue("5m") Duration intakeSilenceAlarm,
        @Valid @DefaultValue Tls tls) {

    /** TLS material for {@code ssl://} URLs; without a trust store the JVM's default trust applies. */
    public record Tls(
            Path trustStore,
            String trustStorePassword,
            @DefaultValue("PKCS12") String trustStoreType,
            Path keyStore,
            String keyStorePassword,
            @DefaultValue("PKCS12") String keyStoreType,
            @DefaultValue("true") boolean hostnameVerification) {}

    public MqttProperties {
        if (enabled && (url == null || url.isBlank())) {
            throw new IllegalArgumentException(
                    "dlm.mqtt.url (DLM_MQTT_URL) is required while dlm.mqtt.enabled is true");
        }
    }

    public boolean usesTls() {
        return url.startsWith("ssl://");
    }

    /** The host of {@link #url()}. */
    public String host() {
        return URI.create(url).getHost();
    }

    /** The port of {@link #url()}; 1883, or 8883 with TLS, when the URL names none. */
    public int port() {
        int port = URI.create(url).getPort();
        if (port >= 0) {
            return port;
        }
        return usesTls() ? 8883 : 1883;
    }
}
