package org.wptdlm.ingest.feed.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.feed.SourceOutcomes;

/** Polled HTTP feeds against a real local HTTP server: our shape, aWATTar's, and what errors do. */
class HttpFeedSourceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T05:30:00Z");

    private final FeedServer server = new FeedServer();
    private final List<SignalSchedule> delivered = new CopyOnWriteArrayList<>();
    private final SourceOutcomes outcomes = new SourceOutcomes("feed:test", new SimpleMeterRegistry());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aScheduleFeedGoesToItsNamedHubAndItsAllHubsPartToEveryOtherKnownHub() {
        server.answer(200, resource("/feeds/schedule-feed.json"));

        source(feed(FeedFormat.SCHEDULE, SignalKind.PRICE_PER_KWH, List.of(), "tok-1"), Set.of("hub-a", "hub-b"))
                .poll();

        assertThat(delivered).extracting(SignalSchedule::hubId).containsExactlyInAnyOrder("hub-a", "hub-b");
        SignalSchedule hubA = delivered.stream().filter(s -> s.hubId().equals("hub-a")).findFirst().orElseThrow();
        assertThat(hubA.source()).isEqualTo("http-feed");
        assertThat(hubA.kind()).isEqualTo(SignalKind.PRICE_PER_KWH);
        assertThat(hubA.validUntil()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(hubA.intervals()).extracting(SignalInterval::value).containsExactly(0.34, 0.29);
        SignalSchedule hubB = delivered.stream().filter(s -> s.hubId().equals("hub-b")).findFirst().orElseThrow();
        assertThat(hubB.intervals()).containsExactly(new SignalInterval(
                Instant.parse("2026-12-01T06:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"), 0.25));
        assertThat(server.lastAuthorization()).isEqualTo("Bearer tok-1");
    }

    @Test
    void aCarbonFeedForConfiguredHubsCarriesItsKindAndTrustsItsAnswerForTheConfiguredTime() {
        server.answer(200, """
                {"schedules":[{"intervals":[{"start":"2026-12-01T05:00:00Z","end":"2026-12-01T06:00:00Z","value":412}]}]}""");

        source(feed(FeedFormat.SCHEDULE, SignalKind.CARBON_G_PER_KWH, List.of("hub-c"), null), Set.of("hub-a")).poll();

        assertThat(delivered).singleElement().satisfies(schedule -> {
            assertThat(schedule.hubId()).isEqualTo("hub-c");
            assertThat(schedule.kind()).isEqualTo(SignalKind.CARBON_G_PER_KWH);
            assertThat(schedule.validUntil()).isEqualTo(NOW.plus(Duration.ofHours(2)));
            assertThat(schedule.valueAt(Instant.parse("2026-12-01T05:30:00Z"))).contains(412.0);
        });
    }

    @Test
    void aRecordedAwattarDayBecomesHourlyPricesPerKwhWithFactorAndAdder() {
        server.answer(200, resource("/feeds/awattar-marketdata.json"));

        source(feed(FeedFormat.AWATTAR, SignalKind.CARBON_G_PER_KWH, List.of(), null), Set.of("hub-a")).poll();

        assertThat(delivered).singleElement().satisfies(schedule -> {
            assertThat(schedule.kind()).isEqualTo(SignalKind.PRICE_PER_KWH);
            assertThat(schedule.source()).isEqualTo("day-ahead");
            assertThat(schedule.intervals()).hasSize(24);
            assertThat(schedule.intervals().get(0).start()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
            // 82.31 EUR/MWh → 0.08231 EUR/kWh × 1.2 + 0.10
            assertThat(schedule.intervals().get(0).value()).isCloseTo(0.198772, offset(1e-9));
            assertThat(schedule.intervals().get(23).end()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
        });
    }

    @Test
    void aFeedThatFailsDeliversNothingCountsEachFailureAndRecovers() {
        HttpFeedSource source = source(feed(FeedFormat.SCHEDULE, SignalKind.PRICE_PER_KWH, List.of(), null),
                Set.of("hub-a"));
        server.answer(503, "{\"error\":\"maintenance\"}");
        source.poll();
        server.answer(200, "not json");
        source.poll();
        server.answer(200, """
                {"schedules":[{"intervals":[{"start":"2026-12-01T06:00:00Z","end":"2026-12-01T08:00:00Z","value":0.2},
                                            {"start":"2026-12-01T07:00:00Z","end":"2026-12-01T09:00:00Z","value":0.3}]}]}""");
        source.poll();
        assertThat(delivered).isEmpty();
        assertThat(outcomes.failures()).isEqualTo(3);

        server.answer(200, resource("/feeds/schedule-feed.json"));
        source.poll();

        assertThat(delivered).singleElement().extracting(SignalSchedule::hubId).isEqualTo("hub-a");
        assertThat(outcomes.successes()).isEqualTo(1);
    }

    private HttpFeedSource source(HttpFeeds.Feed feed, Set<String> knownHubs) {
        return new HttpFeedSource(feed, new ObjectMapper().findAndRegisterModules(), () -> knownHubs, delivered::add,
                Clock.fixed(NOW, ZoneOffset.UTC), outcomes);
    }

    private HttpFeeds.Feed feed(FeedFormat format, SignalKind kind, List<String> hubIds, String token) {
        return new HttpFeeds.Feed("test", server.url(), format, kind, null, hubIds, Duration.ofMinutes(15),
                Duration.ofHours(2), token, 1.2, 0.10, Duration.ofSeconds(5));
    }

    private static String resource(String path) {
        try (InputStream in = HttpFeedSourceTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
