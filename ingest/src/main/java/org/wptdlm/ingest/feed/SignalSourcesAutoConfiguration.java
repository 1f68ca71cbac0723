package org.wptdlm.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.ingest.IngestAutoConfiguration;
import org.wptdlm.ingest.feed.http.HttpFeedSource;
import org.wptdlm.ingest.feed.http.HttpFeeds;
import org.wptdlm.ingest.feed.openadr.OpenAdrClient;
import org.wptdlm.ingest.feed.openadr.OpenAdrProperties;
import org.wptdlm.ingest.feed.openadr.OpenAdrVen;
import org.wptdlm.ingest.feed.tariff.TariffTables;
import org.wptdlm.ingest.feed.tariff.TimeOfUseSource;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;

/**
 * The external signal sources that are configured (OpenADR VEN, time-of-use tables, HTTP feeds),
 * polled by one {@link SignalSourcePoller}, all delivering into the application's {@link SignalSink}
 * (only what changed, see {@link Redelivery}).
 * An auto-configuration so that the condition sees the sink the live loop registers.
 */
@AutoConfiguration(after = IngestAutoConfiguration.class)
@ConditionalOnBean(SignalSink.class)
@EnableConfigurationProperties({OpenAdrProperties.class, TariffTables.class, HttpFeeds.class})
public class SignalSourcesAutoConfiguration {

    @Bean
    SignalSourcePoller signalSourcePoller(SignalSink sink, LiveModel model, Clock clock, MeterRegistry meters,
            ObjectMapper json, OpenAdrProperties openAdr, TariffTables tariffs, HttpFeeds feeds) {
        SignalSink changes = new Redelivery(sink);
        HubDirectory hubs = () -> model.hubs().stream().map(LiveHub::hubId).collect(Collectors.toSet());
        List<PolledSource> sources = new ArrayList<>();
        if (openAdr.enabled()) {
            sources.add(new OpenAdrVen(OpenAdrClient.vtn(openAdr), openAdr, changes, clock,
                    new SourceOutcomes("openadr", meters)));
        }
        if (!tariffs.isEmpty()) {
            sources.add(new TimeOfUseSource(tariffs, hubs, changes, clock,
                    new SourceOutcomes(TimeOfUseSource.SOURCE, meters)));
        }
        for (HttpFeeds.Feed feed : feeds.feeds()) {
            sources.add(new HttpFeedSource(feed, json, hubs, changes, clock,
                    new SourceOutcomes("feed:" + feed.name(), meters)));
        }
        return new SignalSourcePoller(sources);
    }
}
