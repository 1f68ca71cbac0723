package org.wptdlm.ingest.feed.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.signal.SignalInterval;

/** Reads our documented feed shape (docs/grid-signals.md, "External sources"). */
final class ScheduleFeedParser {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(Instant validUntil, List<HubSchedule> schedules) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HubSchedule(String hubId, List<Interval> intervals) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Interval(Instant start, Instant end, Double value) {}

    private final ObjectMapper json;

    ScheduleFeedParser(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    FeedAnswer parse(byte[] bytes) throws IOException {
        Body body = json.readValue(bytes, Body.class);
        if (body == null || body.schedules() == null) {
            throw new IllegalArgumentException("feed answer has no \"schedules\"");
        }
        Map<String, List<SignalInterval>> byHub = new LinkedHashMap<>();
        List<SignalInterval> allHubs = null;
        for (HubSchedule schedule : body.schedules()) {
            List<SignalInterval> intervals = intervals(schedule);
            if (schedule.hubId() == null || schedule.hubId().isBlank()) {
                if (allHubs != null) {
                    throw new IllegalArgumentException("feed answer has two schedules without a hubId");
                }
                allHubs = intervals;
            } else if (byHub.put(schedule.hubId(), intervals) != null) {
                throw new IllegalArgumentException("feed answer has two schedules for hub " + schedule.hubId());
            }
        }
        return new FeedAnswer(body.validUntil(), byHub, allHubs);
    }

    private static List<SignalInterval> intervals(HubSchedule schedule) {
        if (schedule.intervals() == null) {
            throw new IllegalArgumentException("schedule of hub " + schedule.hubId() + " has no \"intervals\"");
        }
        return schedule.intervals().stream().map(interval -> {
            if (interval.start() == null || interval.end() == null || interval.value() == null) {
                throw new IllegalArgumentException("an interval needs start, end and value: " + interval);
            }
            return new SignalInterval(interval.start(), interval.end(), interval.value());
        }).toList();
    }
}
