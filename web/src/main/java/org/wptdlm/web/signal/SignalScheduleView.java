package org.wptdlm.web.signal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalSchedule;

/** A schedule the service holds for a hub, from any source. */
@Schema(name = "SignalScheduleView", description = "The latest schedule of one kind from one source")
public record SignalScheduleView(
        String hubId,
        @Schema(example = "GRID_LIMIT_KW") String kind,
        @Schema(example = "kW") String unit,
        @Schema(example = "operator", description = "info, mqtt, operator, meter, openadr, tariff feeds, …") String source,
        List<SignalInterval> intervals,
        Instant receivedAt,
        Instant validUntil,
        @Schema(description = "True once validUntil (or, without one, the last interval's end) has passed") boolean stale) {

    static SignalScheduleView of(SignalSchedule schedule, Instant now) {
        return new SignalScheduleView(schedule.hubId(), schedule.kind().name(), schedule.kind().unit(), schedule.source(),
                schedule.intervals(), schedule.receivedAt(), schedule.validUntil(), schedule.isStaleAt(now));
    }
}
