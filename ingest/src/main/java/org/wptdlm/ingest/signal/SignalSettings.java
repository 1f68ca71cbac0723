package org.wptdlm.ingest.signal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.wptdlm.domain.signal.StalePolicy;

/**
 * How grid signals are combined ({@code dlm.signals.*}); see docs/grid-signals.md.
 *
 * @param staleHold after a limit source's {@code validUntil}, its last value holds this long
 * @param safeLimitKw the limit that applies once the hold is over; unset: {@code safeLimitFraction}
 *     of the hub's own limit
 * @param safeLimitFraction the safe limit as a share of the hub's own limit when {@code safeLimitKw} is unset
 * @param meterRecentWindow the base-load forecast's recent average covers this much meter history
 * @param meterForecastSlots how many slots ahead the base-load forecast reaches
 */
@Validated
@ConfigurationProperties(prefix = "dlm.signals")
public record SignalSettings(
        @NotNull @DefaultValue("15m") Duration staleHold,
        @PositiveOrZero Double safeLimitKw,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double safeLimitFraction,
        @NotNull @DefaultValue("1h") Duration meterRecentWindow,
        @PositiveOrZero @DefaultValue("96") int meterForecastSlots) {

    public StalePolicy stalePolicy() {
        return new StalePolicy(staleHold, safeLimitKw, safeLimitFraction);
    }
}
