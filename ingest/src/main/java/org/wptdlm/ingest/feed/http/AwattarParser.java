package org.wptdlm.ingest.feed.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.signal.SignalInterval;

/**
 * Reads aWATTar's day-ahead market data ({@code GET https://api.awattar.de/v1/marketdata}, also
 * {@code .at}): hourly wholesale prices in EUR/MWh with epoch-millisecond bounds. A price per kWh is
 * {@code marketprice / 1000 × factor + adder}, so a deployment can add VAT, grid fees and levies.
 * The answer names no hubs: it is for every hub of the feed.
 */
final class AwattarParser {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(List<Price> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Price(@JsonProperty("start_timestamp") Long startMillis, @JsonProperty("end_timestamp") Long endMillis,
            @JsonProperty("marketprice") Double eurPerMwh, String unit) {}

    private static final double KWH_PER_MWH = 1000;

    private final ObjectMapper json;
    private final double factor;
    private final double adderPerKwh;

    AwattarParser(ObjectMapper json, double factor, double adderPerKwh) {
        this.json = json;
        this.factor = factor;
        this.adderPerKwh = adderPerKwh;
    }

    FeedAnswer parse(byte[] bytes) throws IOException {
        Body body = json.readValue(bytes, Body.class);
        if (body == null || body.data() == null) {
            throw new IllegalArgumentException("aWATTar answer has no \"data\"");
        }
        List<SignalInterval> prices = body.data().stream().map(this::pricePerKwh).toList();
        return new FeedAnswer(null, Map.of(), prices);
    }

    private SignalInterval pricePerKwh(Price price) {
        if (price.startMillis() == null || price.endMillis() == null || price.eurPerMwh() == null) {
            throw new IllegalArgumentException("aWATTar price needs start_timestamp, end_timestamp and marketprice");
        }
        if (price.unit() != null && !price.unit().equalsIgnoreCase("Eur/MWh")) {
            throw new IllegalArgumentException("aWATTar price in unknown unit " + price.unit());
        }
        return new SignalInterval(Instant.ofEpochMilli(price.startMillis()), Instant.ofEpochMilli(price.endMillis()),
                price.eurPerMwh() / KWH_PER_MWH * factor + adderPerKwh);
    }
}
