package org.wptdlm.web.whatif;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on what-if solving ({@code dlm.what-if.*}), so operators cannot starve the live loop.
 *
 * @param maxConcurrentSolves solves at once; one more is answered 429 with Retry-After
 * @param defaultTimeBudget Timefold's budget when the request names none
 * @param maxTimeBudget the largest budget a request may ask for
 * @param maxSessions, maxPads, maxSlots size of a scenario's problem; beyond: 422 with the reason
 * @param maxSessionSlots sessions × slots, the solver's working size; beyond: 422
 * @param maxRequestBytes a larger request body is refused with 413
 */
@Validated
@ConfigurationProperties("dlm.what-if")
record WhatIfProperties(
        @DefaultValue("2") @Min(1) int maxConcurrentSolves,
        @DefaultValue("PT2S") @NotNull Duration defaultTimeBudget,
        @DefaultValue("PT10S") @NotNull Duration maxTimeBudget,
        @DefaultValue("1000") @Min(1) int maxSessions,
        @DefaultValue("200") @Min(1) int maxPads,
        @DefaultValue("672") @Min(1) int maxSlots,
        @DefaultValue("200000") @Min(1) long maxSessionSlots,
        @DefaultValue("262144") @Min(1024) long maxRequestBytes) {
}
