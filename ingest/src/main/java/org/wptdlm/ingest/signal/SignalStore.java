package org.wptdlm.ingest.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wptdlm.db.signal.SignalScheduleRepository;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.domain.signal.SignalStacking;
import org.wptdlm.domain.signal.SlotSignals;
import org.wptdlm.ingest.store.WriteBehind;
import org.wptdlm.ingest.store.WriteBehind.Write;

/**
 * Every hub's grid signals, live: per kind and source the latest schedule (a schedule received
 * earlier than the one held is ignored). Every source delivers here; the planner reads the slots
 * from here. Thread-safe without a global lock: schedules are immutable and replaced atomically.
 * A new, changed or removed schedule announces {@link SignalsChanged} (the hub is re-planned), and
 * so does a limit source when it goes stale and when its hold ends. Schedules are written behind to the database and loaded from it
 * at start, before intake.
 */
@Component
public class SignalStore implements SignalSink, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SignalStore.class);

    private record Key(SignalKind kind, String source) {}

    private final Map<String, Map<Key, SignalSchedule>> byHub = new ConcurrentHashMap<>();
    private final SignalScheduleRepository repository;
    private final WriteBehind writes;
    private final ApplicationEventPublisher events;
    private final SignalSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService staleTimers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "signal-stale");
        thread.setDaemon(true);
        return thread;
    });

    public SignalStore(SignalScheduleRepository repository, WriteBehind writes, ApplicationEventPublisher events,
            SignalSettings settings, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the schedule as its source's latest, stores it and re-plans the hub if it changed anything. */
    @Override
    public void accept(SignalSchedule schedule) {
        if (!hold(schedule)) {
            return;
        }
        writes.submit(Write.described("signal schedule " + describe(schedule), () -> repository.save(schedule)));
        log.info("Hub {}: {} schedule from {} with {} intervals, valid until {}", schedule.hubId(), schedule.kind(),
                schedule.source(), schedule.intervals().size(), schedule.validUntil());
        events.publishEvent(new SignalsChanged(schedule.hubId()));
        watchStaleness(schedule);
    }

    /** Forgets a source's schedule of a kind; answers whether there was one. */
    public boolean remove(String hubId, SignalKind kind, String source) {
        Map<Key, SignalSchedule> schedules = byHub.get(hubId);
        if (schedules == null || schedules.remove(new Key(kind, source)) == null) {
            return false;
        }
        writes.submit(Write.described("removal of the " + kind + " schedule of " + source + " for hub " + hubId,
                () -> repository.delete(hubId, kind, source)));
        events.publishEvent(new SignalsChanged(hubId));
        return true;
    }

    /** The hub's schedules, by kind then source. */
    public List<SignalSchedule> schedules(String hubId) {
        return byHub.getOrDefault(hubId, Map.of()).values().stream()
                .sorted(Comparator.comparing(SignalSchedule::kind).thenComparing(SignalSchedule::source))
                .toList();
    }

    /**
     * The hub's signals over {@code slots} slots from {@code start}, stacked on its own limit and
     * status base load ({@link SignalStacking}).
     */
    public SlotSignals slots(String hubId, double hubLimitKw, double hubBaseLoadKw, Instant start, int slotMinutes,
            int slots) {
        return SignalStacking.stack(schedules(hubId), hubLimitKw, hubBaseLoadKw, start, slotMinutes, slots,
                settings.stalePolicy());
    }

    /** True when the schedule replaced what its source had said (it is not older, nor the same). */
    private boolean hold(SignalSchedule schedule) {
        Key key = new Key(schedule.kind(), schedule.source());
        boolean[] changed = {false};
        byHub.computeIfAbsent(schedule.hubId(), id -> new ConcurrentHashMap<>()).compute(key, (k, held) -> {
            if (held != null && (held.receivedAt().isAfter(schedule.receivedAt()) || sameContent(held, schedule))) {
                return held;
            }
            changed[0] = true;
            return schedule;
        });
        return changed[0];
    }

    private static boolean sameContent(SignalSchedule a, SignalSchedule b) {
        return a.intervals().equals(b.intervals()) && Objects.equals(a.validUntil(), b.validUntil());
    }

    /** Re-plans the hub when the schedule goes stale and when its hold ends, so the plan follows at once. */
    private void watchStaleness(SignalSchedule schedule) {
        if (schedule.validUntil() == null || schedule.kind() != SignalKind.GRID_LIMIT_KW) {
            return;
        }
        Instant now = clock.instant();
        for (Instant at : List.of(schedule.validUntil(), schedule.validUntil().plus(settings.staleHold()))) {
            long delayMillis = Duration.between(now, at).toMillis();
            if (delayMillis >= 0) {
                staleTimers.schedule(() -> replanIfStillHeld(schedule), delayMillis + 1, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void replanIfStillHeld(SignalSchedule schedule) {
        Map<Key, SignalSchedule> schedules = byHub.getOrDefault(schedule.hubId(), Map.of());
        if (schedules.get(new Key(schedule.kind(), schedule.source())) == schedule) {
            log.warn("Hub {}: {} schedule from {} is stale since {}", schedule.hubId(), schedule.kind(),
                    schedule.source(), schedule.validUntil());
            events.publishEvent(new SignalsChanged(schedule.hubId()));
        }
    }

    private static String describe(SignalSchedule schedule) {
        return schedule.kind() + " of " + schedule.source() + " for hub " + schedule.hubId();
    }

    /** Loads the stored schedules; bean initialisation runs before any lifecycle start, so before intake. */
    @Override
    public void afterPropertiesSet() {
        List<SignalSchedule> stored = repository.findAll();
        stored.forEach(schedule -> {
            hold(schedule);
            watchStaleness(schedule);
        });
        log.info("Signal store loaded {} schedules from the database", stored.size());
    }

    @Override
    public void destroy() {
        staleTimers.shutdownNow();
    }
}
