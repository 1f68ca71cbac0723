package org.wptdlm.ingest.feed.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.TimeOfUseTable;
import org.wptdlm.ingest.feed.SourceOutcomes;

/** Static time-of-use tables: night windows past midnight, weekdays, hub overrides, time zones. */
class TimeOfUseSourceTest {

    /** Tuesday 1 December 2026, 05:30 UTC = 06:30 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-12-01T05:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<SignalSchedule> delivered = new CopyOnWriteArrayList<>();

    @Test
    void aNightWindowRunsPastMidnightAndTheDayRateCoversTheRest() {
        TariffTables tables = tables(List.of(
                rule(null, List.of(), "22:00", "06:00", 0.12),
                rule(null, List.of(), "00:00", "00:00", 0.30)), List.of());

        source(tables, Set.of("hub-a")).poll();

        SignalSchedule price = only(SignalKind.PRICE_PER_KWH, "hub-a");
        assertThat(price.source()).isEqualTo("config");
        assertThat(price.valueAt(at("2026-12-01T07:00"))).contains(0.30);
        assertThat(price.valueAt(at("2026-12-01T23:30"))).contains(0.12);
        assertThat(price.valueAt(at("2026-12-02T05:59"))).contains(0.12);
        assertThat(price.valueAt(at("2026-12-02T06:00"))).contains(0.30);
        assertThat(price.intervals().get(0).start()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(price.validUntil()).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
    }

    @Test
    void weekdayRulesLeaveTheWeekendToLaterRules() {
        TariffTables tables = tables(List.of(
                rule(null, List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "00:00", "00:00", 0.15),
                rule(null, List.of(), "00:00", "00:00", 0.28)), List.of());
        TimeOfUseTable table = new TimeOfUseTable(tables.price().stream().map(TariffRule::rule).toList(), BERLIN);

        assertThat(table.valueAt(at("2026-12-05T12:00"))).isEqualTo(0.15);
        assertThat(table.valueAt(at("2026-12-07T00:00"))).isEqualTo(0.28);
    }

    @Test
    void aHubWithItsOwnRulesUsesOnlyThoseAndCarbonIsDeliveredAlongside() {
        TariffTables tables = tables(
                List.of(rule(null, List.of(), "00:00", "00:00", 0.30), rule("hub-b", List.of(), "00:00", "00:00", 0.21)),
                List.of(rule(null, List.of(), "10:00", "16:00", 180), rule(null, List.of(), "16:00", "10:00", 390)));

        source(tables, Set.of("hub-a", "hub-b")).poll();

        assertThat(only(SignalKind.PRICE_PER_KWH, "hub-a").valueAt(NOW)).contains(0.30);
        assertThat(only(SignalKind.PRICE_PER_KWH, "hub-b").valueAt(NOW)).contains(0.21);
        SignalSchedule carbon = only(SignalKind.CARBON_G_PER_KWH, "hub-b");
        assertThat(carbon.valueAt(at("2026-12-01T12:00"))).contains(180.0);
        assertThat(carbon.valueAt(at("2026-12-01T20:00"))).contains(390.0);
        assertThat(carbon.intervals()).hasSizeLessThan(10);
    }

    @Test
    void minutesNoRuleCoversGetNoValue() {
        TariffTables tables = tables(List.of(rule(null, List.of(), "22:00", "06:00", 0.12)), List.of());

        source(tables, Set.of("hub-a")).poll();

        SignalSchedule price = only(SignalKind.PRICE_PER_KWH, "hub-a");
        assertThat(price.valueAt(at("2026-12-01T12:00"))).isEmpty();
        assertThat(price.valueAt(at("2026-12-01T22:00"))).contains(0.12);
    }

    private TimeOfUseSource source(TariffTables tables, Set<String> hubs) {
        return new TimeOfUseSource(tables, () -> hubs, delivered::add, Clock.fixed(NOW, ZoneOffset.UTC),
                new SourceOutcomes("config", new SimpleMeterRegistry()));
    }

    private SignalSchedule only(SignalKind kind, String hubId) {
        return delivered.stream().filter(s -> s.kind() == kind && s.hubId().equals(hubId)).reduce((a, b) -> {
            throw new AssertionError("two schedules of " + kind + " for " + hubId);
        }).orElseThrow();
    }

    private static TariffTables tables(List<TariffRule> price, List<TariffRule> carbon) {
        return new TariffTables(BERLIN, Duration.ofHours(48), Duration.ofMinutes(5), price, carbon);
    }

    private static TariffRule rule(String hubId, List<DayOfWeek> days, String from, String to, double value) {
        return new TariffRule(hubId, days, LocalTime.parse(from), LocalTime.parse(to), value);
    }

    /** A Berlin wall-clock time. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
