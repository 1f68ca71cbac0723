package org.wptdlm.ingest.feed.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Static time-of-use tables ({@code dlm.signals.tariffs.*}), source {@code config}: a price table
 * and a carbon table, each a list of rules read in order, the first that covers a minute giving its
 * value. A hub that has rules of its own uses only those; every other hub uses the rules without a
 * hub id.
 *
 * @param zone the time zone the rules' days and times are read in
 * @param horizon how far ahead the tables are turned into intervals
 * @param refresh how often they are turned into intervals again (and new hubs get them)
 * @param price rules giving a price per kWh (currency of the deployment, e.g. EUR/kWh)
 * @param carbon rules giving a carbon intensity, g CO₂ per kWh
 */
@Validated
@ConfigurationProperties(prefix = "dlm.signals.tariffs")
public record TariffTables(
        @NotNull @DefaultValue("UTC") ZoneId zone,
        @NotNull @DefaultValue("48h") Duration horizon,
        @NotNull @DefaultValue("5m") Duration refresh,
        @Valid @DefaultValue List<TariffRule> price,
        @Valid @DefaultValue List<TariffRule> carbon) {

    public boolean isEmpty() {
        return price.isEmpty() && carbon.isEmpty();
    }
}
