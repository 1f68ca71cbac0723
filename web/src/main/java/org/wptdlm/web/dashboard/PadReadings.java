package org.wptdlm.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.telemetry.NodeTelemetryRepository;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.telemetry.NodeTelemetry;

/** The pads' latest telemetry, as long as it is fresh enough to describe the present. */
@Component
class PadReadings {

    /** A reading older than this no longer says what a pad does now. */
    static final Duration FRESH_READING = Duration.ofMinutes(2);

    private final NodeTelemetryRepository telemetry;
    private final Clock clock;

    PadReadings(NodeTelemetryRepository telemetry, DashboardClock clock) {
        this.telemetry = telemetry;
        this.clock = clock.clock();
    }

    /** The latest fresh reading per pad id; pads without one are absent. */
    Map<String, NodeTelemetry> latest(List<Node> pads) {
        TimeRange fresh = new TimeRange(clock.instant().minus(FRESH_READING), null);
        Map<String, NodeTelemetry> latest = new HashMap<>();
        for (Node pad : pads) {
            List<NodeTelemetry> readings = telemetry.findByNode(pad.hubId(), pad.id(), fresh, 1);
            if (!readings.isEmpty()) {
                latest.put(pad.id(), readings.get(0));
            }
        }
        return latest;
    }

    /** The grid power behind the readings (delivered power over efficiency), or null when no pad reported lately. */
    static Double gridDrawKw(List<Node> pads, Map<String, NodeTelemetry> latest) {
        Double drawKw = null;
        for (Node pad : pads) {
            NodeTelemetry reading = latest.get(pad.id());
            if (reading != null) {
                drawKw = (drawKw == null ? 0 : drawKw) + pad.gridPowerKw(reading.powerKw());
            }
        }
        return drawKw;
    }
}
