package org.wptdlm.domain.signal;

import java.time.Instant;

/**
 * A change point of the binding grid limit: from slot {@code slot} (starting at {@code from}) on,
 * {@code limitKw} binds, set by {@code source}, until the next step. Plans and allocation events
 * record the binding limit as these steps rather than one entry per slot.
 *
 * @param source the source that set the binding limit: {@code info}, {@code mqtt}, {@code operator},
 *     {@code openadr}, …, or {@code safe-limit:<source>} when a stale source fell back to the safe limit
 */
public record GridLimitStep(int slot, Instant from, double limitKw, String source) {}
