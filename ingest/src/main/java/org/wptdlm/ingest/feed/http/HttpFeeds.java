package org.wptdlm.ingest.feed.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.wptdlm.domain.signal.SignalKind;

/**
 * Polled HTTP feeds of prices, carbon intensity or limits ({@code dlm.signals.feeds[i].*}).
 *
 * @param feeds none by default
 */
@Validated
@ConfigurationProperties(prefix = "dlm.signals")
public record HttpFeeds(@Valid @DefaultValue List<Feed> feeds) {

    /**
     * @param name for logs and metrics
     * @param url the GET URL
     * @param format {@code SCHEDULE} (our JSON shape) or {@code AWATTAR} (aWATTar's day-ahead market data)
     * @param kind what the values are; an {@code AWATTAR} feed is always {@code PRICE_PER_KWH}
     * @param source the source name the schedules carry; blank: {@code http-feed} or {@code day-ahead} by format
     * @param hubIds the hubs an answer "for all hubs" goes to; empty: every hub the service knows
     * @param pollInterval how often the feed is read
     * @param validFor how long one answer is trusted when it does not say ({@code validUntil})
     * @param bearerToken sent as {@code Authorization: Bearer …} when set
     * @param pricePerKwhFactor day-ahead only: multiplies the market price per kWh (e.g. 1.19 for VAT)
     * @param pricePerKwhAdder day-ahead only: added per kWh after the factor (grid fees, levies)
     * @param timeout connect and read timeout
     */
    public record Feed(
            @NotBlank String name,
            @NotNull URI url,
            @NotNull @DefaultValue("SCHEDULE") FeedFormat format,
            @NotNull @DefaultValue("PRICE_PER_KWH") SignalKind kind,
            String source,
            @DefaultValue List<String> hubIds,
            @NotNull @DefaultValue("15m") Duration pollInterval,
            @NotNull @DefaultValue("2h") Duration validFor,
            String bearerToken,
            @Positive @DefaultValue("1") double pricePerKwhFactor,
            @DefaultValue("0") double pricePerKwhAdder,
            @NotNull @DefaultValue("10s") Duration timeout) {

        public String sourceName() {
            if (source != null && !source.isBlank()) {
                return source;
            }
            return format.defaultSource();
        }

        public SignalKind signalKind() {
            return format == FeedFormat.AWATTAR ? SignalKind.PRICE_PER_KWH : kind;
        }
    }
}
