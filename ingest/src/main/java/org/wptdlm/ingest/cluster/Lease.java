package org.wptdlm.ingest.cluster;

import java.time.Duration;

/**
 * This instance's ownership of one hub, under a fencing epoch. Held until it is revoked or its
 * renewals stop for longer than it is trusted; once not held it never becomes held again (a new
 * acquisition makes a new lease with a higher epoch), so a re-plan that started under it cannot
 * publish after the hub moved on.
 */
public final class Lease {

    private final String hubId;
    private final long epoch;
    private final String instanceId;
    private final boolean permanent;
    private volatile long trustedUntilNanos;
    private volatile boolean revoked;

    private Lease(String hubId, long epoch, String instanceId, boolean permanent, long trustedUntilNanos) {
        this.hubId = hubId;
        this.epoch = epoch;
        this.instanceId = instanceId;
        this.permanent = permanent;
        this.trustedUntilNanos = trustedUntilNanos;
    }

    /** The ownership of a single instance: nobody else can take it. */
    static Lease permanent(String hubId, long epoch, String instanceId) {
        return new Lease(hubId, epoch, instanceId, true, 0);
    }

    /** A lease acquired (or renewed) at {@code acquiredNanos} ({@link System#nanoTime()}). */
    static Lease acquired(String hubId, long epoch, String instanceId, long acquiredNanos, Duration trustedFor) {
        return new Lease(hubId, epoch, instanceId, false, acquiredNanos + trustedFor.toNanos());
    }

    public String hubId() {
        return hubId;
    }

    public long epoch() {
        return epoch;
    }

    public String instanceId() {
        return instanceId;
    }

    /** Whether this instance may still act for the hub: checked right before each publication. */
    public boolean held() {
        return !revoked && (permanent || System.nanoTime() - trustedUntilNanos < 0);
    }

    void renewed(long renewalStartedNanos, Duration trustedFor) {
        trustedUntilNanos = renewalStartedNanos + trustedFor.toNanos();
    }

    void revoke() {
        revoked = true;
    }

    @Override
    public String toString() {
        return "lease of hub " + hubId + " (epoch " + epoch + ", " + instanceId + ")";
    }
}
