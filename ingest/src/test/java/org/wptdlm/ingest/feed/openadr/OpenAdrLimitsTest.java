package org.wptdlm.ingest.feed.openadr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalSchedule;

/** How OpenADR 3 events become grid-limit intervals: timing, units, targets, overlaps. */
class OpenAdrLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T05:30:00Z");
    private final OpenAdrLimits limits = new OpenAdrLimits(
            Map.of("site-north", "hub-north", "site-south", "hub-south"), Duration.ofMinutes(5));

    @Test
    void anIntervalWithItsOwnPeriodOverridesTheEventsPeriod() {
        List<SignalSchedule> schedules = limits.schedules(events("""
                [{"id":"e1","targets":[{"type":"RESOURCE_NAME","values":["site-north"]}],
                  "intervalPeriod":{"start":"2026-12-01T06:00:00Z","duration":"PT1H"},
                  "intervals":[{"id":7,"intervalPeriod":{"start":"2026-12-01T09:00:00Z","duration":"PT30M"},
                                "payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[12]}]}]}]"""), NOW);

        assertThat(schedule(schedules, "hub-north").intervals()).containsExactly(
                interval("2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z", 12));
    }

    @Test
    void limitsInWattsAreConvertedToKilowatts() {
        List<SignalSchedule> schedules = limits.schedules(events("""
                [{"id":"e1","targets":[{"type":"RESOURCE_NAME","values":["site-north"]}],
                  "payloadDescriptors":[{"payloadType":"IMPORT_CAPACITY_LIMIT","units":"W"}],
                  "intervalPeriod":{"start":"2026-12-01T06:00:00Z","duration":"PT1H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[45000]}]}]}]"""), NOW);

        assertThat(schedule(schedules, "hub-north").intervals()).containsExactly(
                interval("2026-12-01T06:00:00Z", "2026-12-01T07:00:00Z", 45));
    }

    @Test
    void anEventWithoutTargetsBindsEveryMappedHub() {
        List<SignalSchedule> schedules = limits.schedules(events("""
                [{"id":"e1","intervalPeriod":{"start":"2026-12-01T06:00:00Z","duration":"PT1H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[30]}]}]}]"""), NOW);

        assertThat(schedules).extracting(SignalSchedule::hubId).containsExactlyInAnyOrder("hub-north", "hub-south");
        assertThat(schedules).allSatisfy(schedule -> assertThat(schedule.intervals()).hasSize(1));
    }

    @Test
    void overlappingEventsBindByTheLowerLimitAndAHubWithoutEventsGetsAnEmptySchedule() {
        List<SignalSchedule> schedules = limits.schedules(events("""
                [{"id":"e1","targets":[{"type":"RESOURCE_NAME","values":["site-north"]}],
                  "intervalPeriod":{"start":"2026-12-01T06:00:00Z","duration":"PT2H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[50]}]}]},
                 {"id":"e2","targets":[{"type":"RESOURCE_NAME","values":["site-north"]}],
                  "intervalPeriod":{"start":"2026-12-01T07:00:00Z","duration":"PT2H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[20]}]}]}]"""), NOW);

        assertThat(schedule(schedules, "hub-north").intervals()).containsExactly(
                interval("2026-12-01T06:00:00Z", "2026-12-01T07:00:00Z", 50),
                interval("2026-12-01T07:00:00Z", "2026-12-01T09:00:00Z", 20));
        assertThat(schedule(schedules, "hub-south").intervals()).isEmpty();
    }

    @Test
    void intervalsThatHaveEndedAreDroppedAndTargetsOfOtherSitesIgnored() {
        List<SignalSchedule> schedules = limits.schedules(events("""
                [{"id":"e1","targets":[{"type":"RESOURCE_NAME","values":["site-north"]}],
                  "intervalPeriod":{"start":"2026-12-01T04:00:00Z","duration":"PT1H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[10]}]},
                               {"id":1,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[11]}]}]},
                 {"id":"e2","targets":[{"type":"RESOURCE_NAME","values":["elsewhere"]}],
                  "intervalPeriod":{"start":"2026-12-01T06:00:00Z","duration":"PT1H"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[1]}]}]}]"""), NOW);

        assertThat(schedule(schedules, "hub-north").intervals()).containsExactly(
                interval("2026-12-01T05:00:00Z", "2026-12-01T06:00:00Z", 11));
    }

    @Test
    void aLimitIntervalWithoutADurationIsRefused() {
        List<OpenAdrEvent> events = events("""
                [{"id":"e1","intervalPeriod":{"start":"2026-12-01T06:00:00Z"},
                  "intervals":[{"id":0,"payloads":[{"type":"IMPORT_CAPACITY_LIMIT","values":[30]}]}]}]""");

        assertThatThrownBy(() -> limits.schedules(events, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e1")
                .hasMessageContaining("duration");
    }

    private static SignalSchedule schedule(List<SignalSchedule> schedules, String hubId) {
        return schedules.stream().filter(s -> s.hubId().equals(hubId)).findFirst().orElseThrow();
    }

    private static SignalInterval interval(String start, String end, double kw) {
        return new SignalInterval(Instant.parse(start), Instant.parse(end), kw);
    }

    private static List<OpenAdrEvent> events(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<>() {});
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
