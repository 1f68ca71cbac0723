package org.wptdlm.ingest.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;

/**
 * Passes a source's schedules to the sink when they say something new, or when the one delivered
 * last has used up half its trust, so that its {@code validUntil} moves on before it goes stale.
 * Without it every poll would re-plan every hub (each answer carries a fresh {@code validUntil}).
 */
public final class Redelivery implements SignalSink {

    private record Key(String hubId, SignalKind kind) {}

    private final SignalSink sink;
    private final Map<Key, SignalSchedule> delivered = new ConcurrentHashMap<>();

    public Redelivery(SignalSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(SignalSchedule schedule) {
        Key key = new Key(schedule.hubId(), schedule.kind());
        SignalSchedule last = delivered.get(key);
        if (last == null || !last.intervals().equals(schedule.intervals()) || halfTrustUsed(last, schedule.receivedAt())) {
            sink.accept(schedule);
            delivered.put(key, schedule);
        }
    }

    private static boolean halfTrustUsed(SignalSchedule last, Instant now) {
        Duration trust = Duration.between(last.receivedAt(), last.trustedUntil());
        return !now.isBefore(last.receivedAt().plus(trust.dividedBy(2)));
    }
}
