package org.wptdlm.ingest.feed.openadr;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.feed.SourceOutcomes;

/** The VEN against a real HTTP VTN stub with a token endpoint: what arrives, and what errors do. */
class OpenAdrVenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T05:30:00Z");

    private final VtnStub vtn = new VtnStub();
    private final List<SignalSchedule> delivered = new CopyOnWriteArrayList<>();
    private final SourceOutcomes outcomes = new SourceOutcomes("openadr", new SimpleMeterRegistry());

    @AfterEach
    void stopVtn() {
        vtn.close();
    }

    @Test
    void importCapacityLimitEventsArriveAsGridLimitSchedulesOfTheMappedHub() {
        vtn.serveEvents(resource("/openadr/events.json"));

        ven(VtnStub.CLIENT_SECRET, vtn.baseUrl()).poll();

        assertThat(delivered).singleElement().satisfies(schedule -> {
            assertThat(schedule.hubId()).isEqualTo("hub-north");
            assertThat(schedule.kind()).isEqualTo(SignalKind.GRID_LIMIT_KW);
            assertThat(schedule.source()).isEqualTo("openadr");
            assertThat(schedule.receivedAt()).isEqualTo(NOW);
            assertThat(schedule.validUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            assertThat(schedule.intervals()).containsExactly(
                    new SignalInterval(Instant.parse("2026-12-01T06:00:00Z"), Instant.parse("2026-12-01T07:00:00Z"), 40.0),
                    new SignalInterval(Instant.parse("2026-12-01T07:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"), 25.5));
        });
        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(vtn.eventQueries).singleElement().asString()
                .contains("programID=prog-grid", "targetType=VEN_NAME", "targetValues=ven-north");
    }

    @Test
    void theTokenIsFetchedOnceAndReusedAcrossPolls() {
        OpenAdrVen ven = ven(VtnStub.CLIENT_SECRET, vtn.baseUrl());

        ven.poll();
        ven.poll();

        assertThat(vtn.tokensIssued()).isEqualTo(1);
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1).intervals()).isEmpty();
    }

    @Test
    void aRefusedTokenIsCountedAndDeliversNothing() {
        vtn.serveEvents(resource("/openadr/events.json"));

        ven("wrong-secret", vtn.baseUrl()).poll();

        assertThat(delivered).isEmpty();
        assertThat(outcomes.failures()).isEqualTo(1);
        assertThat(vtn.eventQueries).isEmpty();
    }

    @Test
    void aVtnThatIsDownIsCountedAndDeliversNothing() {
        OpenAdrVen ven = ven(VtnStub.CLIENT_SECRET, vtn.baseUrl());
        vtn.close();

        ven.poll();

        assertThat(delivered).isEmpty();
        assertThat(outcomes.failures()).isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNotJsonIsCountedAndTheNextGoodAnswerIsDelivered() {
        OpenAdrVen ven = ven(VtnStub.CLIENT_SECRET, vtn.baseUrl());
        vtn.serveEvents("<html>maintenance</html>");
        ven.poll();
        assertThat(delivered).isEmpty();
        assertThat(outcomes.failures()).isEqualTo(1);

        vtn.serveEvents(resource("/openadr/events.json"));
        ven.poll();

        assertThat(delivered).singleElement().extracting(SignalSchedule::intervals).asList().hasSize(2);
    }

    @Test
    void aLimitEventWithANegativeValueFailsThePollRatherThanDroppingTheLimit() {
        vtn.serveEvents(resource("/openadr/events.json").replace("25.5", "-3"));

        ven(VtnStub.CLIENT_SECRET, vtn.baseUrl()).poll();

        assertThat(delivered).isEmpty();
        assertThat(outcomes.failures()).isEqualTo(1);
    }

    private OpenAdrVen ven(String clientSecret, URI baseUrl) {
        OpenAdrProperties settings = settings(baseUrl, vtn.tokenUrl(), clientSecret);
        return new OpenAdrVen(OpenAdrClient.vtn(settings), settings, delivered::add,
                Clock.fixed(NOW, ZoneOffset.UTC), outcomes);
    }

    static OpenAdrProperties settings(URI baseUrl, URI tokenUrl, String clientSecret) {
        return new OpenAdrProperties(true, baseUrl, tokenUrl, VtnStub.CLIENT_ID, clientSecret, "client_secret_basic",
                List.of(), "prog-grid", "ven-north", Map.of("site-north", "hub-north"), Duration.ofSeconds(60),
                Duration.ofMinutes(5), Duration.ofSeconds(5), 50);
    }

    static String resource(String path) {
        try (InputStream in = OpenAdrVenTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
