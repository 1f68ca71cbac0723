package org.wptdlm.ingest.feed.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.ingest.feed.HubDirectory;
import org.wptdlm.ingest.feed.PolledSource;
import org.wptdlm.ingest.feed.SourceOutcomes;

/**
 * Reads one configured HTTP feed and delivers a schedule per hub it speaks for. An answer that
 * cannot be read (feed down, HTTP error, bad JSON, overlapping intervals) delivers nothing: the
 * last schedules stay until their {@code validUntil}.
 */
public final class HttpFeedSource implements PolledSource {

    private final HttpFeeds.Feed feed;
    private final RestClient http;
    private final ScheduleFeedParser scheduleParser;
    private final AwattarParser awattarParser;
    private final HubDirectory hubs;
    private final SignalSink sink;
    private final Clock clock;
    private final SourceOutcomes outcomes;

    public HttpFeedSource(HttpFeeds.Feed feed, ObjectMapper json, HubDirectory hubs, SignalSink sink, Clock clock,
            SourceOutcomes outcomes) {
        this.feed = feed;
        this.http = client(feed);
        this.scheduleParser = new ScheduleFeedParser(json);
        this.awattarParser = new AwattarParser(json, feed.pricePerKwhFactor(), feed.pricePerKwhAdder());
        this.hubs = hubs;
        this.sink = sink;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    private static RestClient client(HttpFeeds.Feed feed) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(feed.timeout());
        factory.setReadTimeout(feed.timeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(factory);
        if (feed.bearerToken() != null && !feed.bearerToken().isBlank()) {
            builder.defaultHeaders(headers -> headers.setBearerAuth(feed.bearerToken()));
        }
        return builder.build();
    }

    @Override
    public String name() {
        return "feed:" + feed.name();
    }

    @Override
    public Duration pollInterval() {
        return feed.pollInterval();
    }

    @Override
    public void poll() {
        try {
            byte[] body = http.get().uri(feed.url()).retrieve().body(byte[].class);
            if (body == null) {
                throw new IllegalArgumentException("feed " + feed.name() + " answered with an empty body");
            }
            List<SignalSchedule> schedules = schedules(parse(body), clock.instant());
            schedules.forEach(sink::accept);
            outcomes.succeeded(schedules.size());
        } catch (RuntimeException e) {
            outcomes.failed(e);
        }
    }

    private FeedAnswer parse(byte[] body) {
        try {
            return feed.format() == FeedFormat.AWATTAR ? awattarParser.parse(body) : scheduleParser.parse(body);
        } catch (IOException e) {
            throw new UncheckedIOException("feed " + feed.name() + " answered unreadable JSON", e);
        }
    }

    /** Built whole before any is delivered, so an invalid hub schedule delivers none of them. */
    List<SignalSchedule> schedules(FeedAnswer answer, Instant now) {
        Instant validUntil = answer.validUntil() != null ? answer.validUntil() : now.plus(feed.validFor());
        List<SignalSchedule> schedules = new ArrayList<>();
        answer.byHub().forEach((hubId, intervals) -> schedules.add(schedule(hubId, intervals, now, validUntil)));
        if (answer.allHubs() != null) {
            for (String hubId : allHubs()) {
                if (!answer.byHub().containsKey(hubId)) {
                    schedules.add(schedule(hubId, answer.allHubs(), now, validUntil));
                }
            }
        }
        return schedules;
    }

    private Set<String> allHubs() {
        return feed.hubIds().isEmpty() ? hubs.hubIds() : new LinkedHashSet<>(feed.hubIds());
    }

    private SignalSchedule schedule(String hubId, List<SignalInterval> intervals, Instant now, Instant validUntil) {
        return new SignalSchedule(hubId, feed.signalKind(), feed.sourceName(), intervals, now, validUntil);
    }
}
