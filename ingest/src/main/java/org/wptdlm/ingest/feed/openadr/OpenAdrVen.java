package org.wptdlm.ingest.feed.openadr;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.ingest.feed.PolledSource;
import org.wptdlm.ingest.feed.SourceOutcomes;

/**
 * The OpenADR 3 VEN: reads the VTN's events ({@code GET /events}, page by page) through a
 * RestClient that carries an OAuth2 client-credentials token, and delivers one grid-limit schedule
 * per mapped hub. A VTN that is down, refuses the token or answers nonsense is logged and counted;
 * nothing is delivered then, so the last schedules stay and go stale by their own {@code validUntil}.
 */
public final class OpenAdrVen implements PolledSource {

    private static final Logger log = LoggerFactory.getLogger(OpenAdrVen.class);
    /** A VTN that pages forever must not hold the poller: this many pages at most. */
    private static final int MAX_PAGES = 100;

    private final RestClient vtn;
    private final OpenAdrProperties settings;
    private final OpenAdrLimits limits;
    private final SignalSink sink;
    private final Clock clock;
    private final SourceOutcomes outcomes;

    public OpenAdrVen(RestClient vtn, OpenAdrProperties settings, SignalSink sink, Clock clock,
            SourceOutcomes outcomes) {
        this.vtn = vtn;
        this.settings = settings;
        this.limits = new OpenAdrLimits(settings.targetHubs(), settings.validFor());
        this.sink = sink;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return OpenAdrLimits.SOURCE;
    }

    @Override
    public Duration pollInterval() {
        return settings.pollInterval();
    }

    @Override
    public void poll() {
        try {
            List<SignalSchedule> schedules = limits.schedules(events(), clock.instant());
            schedules.forEach(sink::accept);
            log.debug("OpenADR VTN {}: {} grid-limit schedules delivered", settings.baseUrl(), schedules.size());
            outcomes.succeeded(schedules.size());
        } catch (RuntimeException e) {
            outcomes.failed(e);
        }
    }

    private List<OpenAdrEvent> events() {
        List<OpenAdrEvent> events = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int skip = page * settings.pageSize();
            List<OpenAdrEvent> batch = vtn.get()
                    .uri(builder -> eventsQuery(builder, skip))
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<OpenAdrEvent>>() {});
            if (batch == null) {
                throw new IllegalStateException("VTN answered /events with an empty body");
            }
            events.addAll(batch);
            if (batch.size() < settings.pageSize()) {
                return events;
            }
        }
        throw new IllegalStateException("VTN has more than " + MAX_PAGES + " pages of events");
    }

    private URI eventsQuery(UriBuilder builder, int skip) {
        builder.path("/events").queryParam("skip", skip).queryParam("limit", settings.pageSize());
        if (settings.programId() != null && !settings.programId().isBlank()) {
            builder.queryParam("programID", settings.programId());
        }
        if (settings.venName() != null && !settings.venName().isBlank()) {
            builder.queryParam("targetType", "VEN_NAME").queryParam("targetValues", settings.venName());
        }
        return builder.build();
    }
}
