package org.wptdlm.web.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.domain.hub.HubStatus;

/**
 * One row of the Hubs page: what an operator needs to see of a hub at a glance.
 *
 * @param drawKw the grid power the chargers draw now, or null before the first telemetry
 * @param criticalVehicleIds vehicles whose must-have energy is at stake (low SoC, high priority, leaving soon)
 * @param lastReplanAt when the current plan was made, or null when the hub has none yet
 */
record HubSummary(
        String id,
        String name,
        HubStatus status,
        double gridLimitKw,
        Double drawKw,
        int vehiclesCharging,
        int vehiclesWaiting,
        List<String> criticalVehicleIds,
        Instant lastReplanAt) {

    /** Hubs at their limit first, then those with critical vehicles, then by name: trouble on top. */
    static final Comparator<HubSummary> TROUBLE_FIRST = Comparator
            .comparing(HubSummary::loadLevel, Comparator.reverseOrder())
            .thenComparing(hub -> hub.criticalVehicleIds().size(), Comparator.reverseOrder())
            .thenComparing(HubSummary::name);

    HubSummary {
        criticalVehicleIds = List.copyOf(criticalVehicleIds);
    }

    public LoadLevel loadLevel() {
        return LoadLevel.of(drawKw, gridLimitKw);
    }

    /** The draw as a share of the limit, 0–100, for the load bar (capped: a bar cannot be wider than its track). */
    public double loadPercent() {
        if (drawKw == null || gridLimitKw <= 0) {
            return 0;
        }
        return Math.min(100, 100 * drawKw / gridLimitKw);
    }

    /** CSS tone of the status pill: green online, amber in maintenance, red offline. */
    public String statusTone() {
        return switch (status) {
            case ONLINE -> "ok";
            case MAINTENANCE -> "warn";
            case OFFLINE -> "bad";
        };
    }
}
