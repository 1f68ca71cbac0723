package org.wptdlm.ingest.feed.openadr;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OpenADR 3 VEN client ({@code dlm.signals.openadr.*}): which VTN to poll, how to log in,
 * and which VTN targets are which hubs. Off by default.
 *
 * @param baseUrl the VTN's API root; events are read from {@code {baseUrl}/events}
 * @param tokenUrl the OAuth2 token endpoint (client credentials grant)
 * @param clientAuthentication how the client id and secret reach the token endpoint:
 *     {@code client_secret_basic} (HTTP Basic) or {@code client_secret_post} (form fields)
 * @param scopes OAuth2 scopes to ask for, none by default
 * @param programId only events of this program ({@code programID} query), all when blank
 * @param venName ask only for events targeted at this VEN ({@code targetType=VEN_NAME}), all when blank
 * @param targetHubs an event target value (resource name, group, VEN name, …) → the hub it means;
 *     an event without targets applies to every hub named here
 * @param pollInterval how often the VTN is asked
 * @param validFor how long one answer is trusted: a VTN that stays silent longer makes the
 *     schedules stale (then the signal store's stale rules apply); slots beyond it (and the hold)
 *     are planned with the safe limit, so it is also how far ahead plans follow the VTN
 * @param timeout connect and read timeout of each HTTP call
 */
@Validated
@ConfigurationProperties(prefix = "dlm.signals.openadr")
public record OpenAdrProperties(
        @DefaultValue("false") boolean enabled,
        URI baseUrl,
        URI tokenUrl,
        String clientId,
        String clientSecret,
        @NotBlank @DefaultValue("client_secret_basic") String clientAuthentication,
        @DefaultValue List<String> scopes,
        String programId,
        String venName,
        @DefaultValue Map<String, String> targetHubs,
        @NotNull @DefaultValue("60s") Duration pollInterval,
        @NotNull @DefaultValue("1h") Duration validFor,
        @NotNull @DefaultValue("10s") Duration timeout,
        @Positive @DefaultValue("50") int pageSize) {

    @AssertTrue(message = "dlm.signals.openadr.enabled needs base-url, token-url, client-id, client-secret and at least one target-hubs entry")
    public boolean isCompleteWhenEnabled() {
        return !enabled || (baseUrl != null && tokenUrl != null && notBlank(clientId) && notBlank(clientSecret)
                && !targetHubs.isEmpty());
    }

    @AssertTrue(message = "dlm.signals.openadr.client-authentication must be client_secret_basic or client_secret_post")
    public boolean isKnownClientAuthentication() {
        return "client_secret_basic".equals(clientAuthentication) || "client_secret_post".equals(clientAuthentication);
    }

    @AssertTrue(message = "dlm.signals.openadr.valid-for must be longer than poll-interval, or every answer goes stale before the next")
    public boolean isValidLongerThanPoll() {
        return validFor.compareTo(pollInterval) > 0;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
