package org.wptdlm.ingest.live;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When hubs are re-planned and how ({@code dlm.replan.*}).
 *
 * @param debounce after a re-plan, further triggers for the hub within this time are combined into
 *     one re-plan at its end; the first trigger is planned at once
 * @param interval every hub is also re-planned on this schedule
 * @param socDeviationPercent a vehicle reporting a SoC further than this from the plan's
 *     expectation (percentage points) triggers a re-plan
 * @param slotMinutes length of a planning slot
 * @param horizonSlots slots planned ahead
 * @param improvementBudget time Timefold may spend improving a greedy plan
 * @param improvementMarginPercent an improved plan is published only if its objective beats the
 *     greedy plan's by this much
 * @param improvementThreads hubs improved at the same time; further hubs wait for their turn
 * @param staleTelemetryAfter a hub whose pads have reported telemetry before but none for this long
 *     is planned with its fallback limits only (fail safe: the service no longer sees what is drawn)
 */
@Validated
@ConfigurationProperties(prefix = "dlm.replan")
public record ReplanSettings(
        @NotNull @DefaultValue("250ms") Duration debounce,
        @NotNull @DefaultValue("5m") Duration interval,
        @Positive @DefaultValue("5") double socDeviationPercent,
        @Min(1) @DefaultValue("15") int slotMinutes,
        @Min(1) @DefaultValue("96") int horizonSlots,
        @NotNull @DefaultValue("2s") Duration improvementBudget,
        @Positive @DefaultValue("1") double improvementMarginPercent,
        @Min(1) @DefaultValue("1") int improvementThreads,
        @NotNull @DefaultValue("2m") Duration staleTelemetryAfter) {}
