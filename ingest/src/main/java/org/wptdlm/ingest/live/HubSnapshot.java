package org.wptdlm.ingest.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.hub.HubStatus;

/**
 * A hub at one moment, copied out of the live model for the planner.
 *
 * @param gridLimitKw the limit in force now: the nominal one or a lower one the hub reported, kW
 * @param baseLoadKw non-charging load on the connection, kW
 * @param circuitLimitsKw limit per circuit id, kW
 * @param padTelemetryAt device time of the newest pad telemetry, or null before the first
 */
public record HubSnapshot(
        String hubId,
        HubStatus status,
        double gridLimitKw,
        double baseLoadKw,
        Map<String, Double> circuitLimitsKw,
        List<PadSnapshot> pads,
        List<RequestSnapshot> requests,
        Instant padTelemetryAt) {

    /**
     * True when the pads have reported before but not for longer than {@code staleAfter}: the
     * hub is then planned with its fallback limits, and the dashboard says so.
     */
    public boolean telemetryStale(Instant now, Duration staleAfter) {
        return isStale(padTelemetryAt, now, staleAfter);
    }

    /** The staleness rule itself, for the planner and the dashboard alike. */
    static boolean isStale(Instant padTelemetryAt, Instant now, Duration staleAfter) {
        return padTelemetryAt != null && Duration.between(padTelemetryAt, now).compareTo(staleAfter) > 0;
    }

    /** The power the pads together may draw from the grid, kW. */
    public double chargingHeadroomKw() {
        return Math.max(0, gridLimitKw - baseLoadKw);
    }
}
