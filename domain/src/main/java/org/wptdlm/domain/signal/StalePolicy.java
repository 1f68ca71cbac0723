package org.wptdlm.domain.signal;

import java.time.Duration;

/**
 * What a limit source that went silent is worth: its last value holds for {@code hold} after its
 * {@code validUntil}, then a safe limit applies. The safe limit is {@code safeLimitKw} when set,
 * otherwise {@code safeLimitFraction} of the hub's own limit.
 */
public record StalePolicy(Duration hold, Double safeLimitKw, double safeLimitFraction) {

    public static final StalePolicy DEFAULT = new StalePolicy(Duration.ofMinutes(15), null, 0.5);

    public StalePolicy {
        if (hold == null || hold.isNegative()) {
            throw new IllegalArgumentException("hold must be zero or positive, was " + hold);
        }
        if (safeLimitKw != null && (!Double.isFinite(safeLimitKw) || safeLimitKw < 0)) {
            throw new IllegalArgumentException("safeLimitKw must be >= 0, was " + safeLimitKw);
        }
        if (!(safeLimitFraction >= 0 && safeLimitFraction <= 1)) {
            throw new IllegalArgumentException("safeLimitFraction must be within 0-1, was " + safeLimitFraction);
        }
    }

    /** The safe limit for a hub whose own limit is {@code hubLimitKw}. */
    public double safeLimitKw(double hubLimitKw) {
        return safeLimitKw != null ? Math.min(safeLimitKw, hubLimitKw) : hubLimitKw * safeLimitFraction;
    }
}
