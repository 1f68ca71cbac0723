package org.wptdlm.web.signal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSources;
import org.wptdlm.web.system.FieldProblem;
import org.wptdlm.web.system.InvalidInputException;

/** An operator's schedule of one signal for a hub, as sent (the same shape as the MQTT schedule topics). */
@Schema(name = "SignalSchedule", description = "Intervals of a value in the kind's unit, with an optional validity")
public record SignalScheduleBody(
        @NotEmpty @Size(max = MAX_INTERVALS) @Valid List<Interval> intervals,
        @Schema(example = "2026-12-01T18:00:00Z", description = "Until when the schedule may be trusted; grid limits"
                + " past it hold their last value for dlm.signals.stale-hold, then the safe limit applies. Absent:"
                + " the intervals simply end.")
        Instant validUntil) {

    static final int MAX_INTERVALS = 2000;

    /** A value from start (inclusive) to end (exclusive). */
    @Schema(name = "SignalInterval")
    public record Interval(
            @Schema(example = "2026-12-01T16:00:00Z") @NotNull Instant start,
            @Schema(example = "2026-12-01T18:00:00Z") @NotNull Instant end,
            @Schema(example = "60.0", description = "kW, per kWh or g CO₂/kWh, by the kind in the path") @NotNull Double value) {}

    /** The operator's schedule, or a 400 naming every interval that breaks the kind's rules. */
    public SignalSchedule toSchedule(String hubId, SignalKind kind, Instant receivedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        List<SignalInterval> signalIntervals = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            String field = "intervals[" + i + "].";
            String violation = kind.violation(interval.value(), field + "value");
            if (violation != null) {
                problems.add(new FieldProblem(field + "value", violation));
            } else if (!interval.end().isAfter(interval.start())) {
                problems.add(new FieldProblem(field + "end", "must be after start"));
            } else {
                signalIntervals.add(new SignalInterval(interval.start(), interval.end(), interval.value()));
            }
        }
        if (validUntil != null && !validUntil.isAfter(receivedAt)) {
            problems.add(new FieldProblem("validUntil", "must be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return new SignalSchedule(hubId, kind, SignalSources.OPERATOR, signalIntervals, receivedAt, validUntil);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("intervals", e.getMessage());
        }
    }
}
