package org.wptdlm.ingest.feed.tariff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.domain.signal.TimeOfUseTable;
import org.wptdlm.ingest.feed.HubDirectory;
import org.wptdlm.ingest.feed.PolledSource;
import org.wptdlm.ingest.feed.SourceOutcomes;

/**
 * Delivers the configured time-of-use tables as price and carbon schedules, source {@code config},
 * for every known hub, from the start of the current hour over the configured horizon. Re-delivered
 * on every refresh, so the window moves on and hubs that appeared since get theirs.
 */
public final class TimeOfUseSource implements PolledSource {

    public static final String SOURCE = "config";

    private final TariffTables tables;
    private final HubDirectory hubs;
    private final SignalSink sink;
    private final Clock clock;
    private final SourceOutcomes outcomes;

    public TimeOfUseSource(TariffTables tables, HubDirectory hubs, SignalSink sink, Clock clock,
            SourceOutcomes outcomes) {
        this.tables = tables;
        this.hubs = hubs;
        this.sink = sink;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Duration pollInterval() {
        return tables.refresh();
    }

    @Override
    public void poll() {
        try {
            List<SignalSchedule> schedules = schedules(clock.instant());
            schedules.forEach(sink::accept);
            outcomes.succeeded(schedules.size());
        } catch (RuntimeException e) {
            outcomes.failed(e);
        }
    }

    List<SignalSchedule> schedules(Instant now) {
        Instant from = now.truncatedTo(ChronoUnit.HOURS);
        Instant until = from.plus(tables.horizon());
        Set<String> hubIds = new TreeSet<>(hubs.hubIds());
        tables.price().stream().filter(rule -> !rule.isDefault()).forEach(rule -> hubIds.add(rule.hubId()));
        tables.carbon().stream().filter(rule -> !rule.isDefault()).forEach(rule -> hubIds.add(rule.hubId()));
        List<SignalSchedule> schedules = new ArrayList<>();
        for (String hubId : hubIds) {
            addIfRuled(schedules, hubId, SignalKind.PRICE_PER_KWH, tables.price(), from, until, now);
            addIfRuled(schedules, hubId, SignalKind.CARBON_G_PER_KWH, tables.carbon(), from, until, now);
        }
        return schedules;
    }

    private void addIfRuled(List<SignalSchedule> schedules, String hubId, SignalKind kind, List<TariffRule> table,
            Instant from, Instant until, Instant now) {
        List<TariffRule> rules = rulesFor(hubId, table);
        if (!rules.isEmpty()) {
            TimeOfUseTable hubTable = new TimeOfUseTable(rules.stream().map(TariffRule::rule).toList(), tables.zone());
            List<SignalInterval> intervals = hubTable.intervals(from, until);
            schedules.add(new SignalSchedule(hubId, kind, SOURCE, intervals, now, until));
        }
    }

    /** A hub's own rules replace the default ones entirely. */
    private static List<TariffRule> rulesFor(String hubId, List<TariffRule> table) {
        List<TariffRule> own = table.stream().filter(rule -> hubId.equals(rule.hubId())).toList();
        return own.isEmpty() ? table.stream().filter(TariffRule::isDefault).toList() : own;
    }
}
