package org.wptdlm.ingest.live;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.TreeSet;

/**
 * Recognises a device's repeated and late messages by their identity (device time, sequence). The
 * last {@value #REMEMBERED} identities are remembered, so a QoS 1 redelivery of any of them is a
 * duplicate; a message older than everything remembered cannot be told apart from one and is
 * refused as out of order. Not thread-safe: the owner's lock guards it.
 */
public final class DeviceSequence {

    public static final int REMEMBERED = 256;

    /** What a message is, relative to the ones seen before. */
    public enum Verdict {
        /** Newer than all seen: it updates the live state. */
        LATEST,
        /** Not seen before but older than the latest: history only. */
        LATE,
        DUPLICATE,
        OUT_OF_ORDER
    }

    private record Key(Instant ts, long seq) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byTime = ts.compareTo(other.ts);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    /** Sorted, so the oldest remembered is at hand: a late message is checked against it. */
    private final TreeSet<Key> seen = new TreeSet<>();
    private final ArrayDeque<Key> order = new ArrayDeque<>();
    private Key latest;

    Verdict accept(Instant ts, long seq) {
        Key key = new Key(ts, seq);
        if (seen.contains(key)) {
            return Verdict.DUPLICATE;
        }
        boolean newest = latest == null || key.compareTo(latest) > 0;
        if (!newest && order.size() == REMEMBERED && key.compareTo(seen.first()) < 0) {
            return Verdict.OUT_OF_ORDER;
        }
        remember(key);
        if (newest) {
            latest = key;
            return Verdict.LATEST;
        }
        return Verdict.LATE;
    }

    private void remember(Key key) {
        if (order.size() == REMEMBERED) {
            seen.remove(order.removeFirst());
        }
        order.addLast(key);
        seen.add(key);
    }
}
