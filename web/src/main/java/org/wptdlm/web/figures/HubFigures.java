package org.wptdlm.web.figures;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.domain.hub.HubStatus;

/**
 * A hub's figures as the Hubs page, the hub page and {@code GET /api/hubs/{hubId}/figures} show them;
 * {@link HubFiguresCalculator} is the only place that computes them.
 *
 * @param drawKw the grid power the chargers draw now (fresh readings over pad efficiency), or null before the
 *     first fresh reading
 * @param vehiclesCharging pads with a vehicle that deliver power now or have a setpoint above zero in force
 * @param vehiclesWaiting open charging requests whose vehicle is not on a charging pad
 * @param criticalVehicleIds vehicles of open requests that are emergencies or below the critical state of charge
 * @param lastReplanAt when the hub's latest stored plan was made, or null when it has none
 * @param planDeliveredPercent the share of requested energy the live plan delivers, 0–100, or null without a
 *     live plan (or with nothing requested)
 * @param telemetryStaleSince when the pads last reported, if they have been silent for longer than
 *     {@code dlm.replan.stale-telemetry-after}: the hub is then planned at its fallback limits; null while
 *     telemetry is fresh (or before the first reading)
 */
public record HubFigures(
        String id,
        String name,
        HubStatus status,
        double gridLimitKw,
        Double drawKw,
        int vehiclesCharging,
        int vehiclesWaiting,
        List<String> criticalVehicleIds,
        Instant lastReplanAt,
        Double planDeliveredPercent,
        Instant telemetryStaleSince) {

    /** Hubs at their limit first, then those with critical vehicles, then by name: trouble on top. */
    public static final Comparator<HubFigures> TROUBLE_FIRST = Comparator
            .comparing(HubFigures::loadLevel, Comparator.reverseOrder())
            .thenComparing(hub -> hub.criticalVehicleIds().size(), Comparator.reverseOrder())
            .thenComparing(HubFigures::name);

    public HubFigures {
        criticalVehicleIds = List.copyOf(criticalVehicleIds);
    }

    /** Without stale telemetry, as most hubs are. */
    public HubFigures(String id, String name, HubStatus status, double gridLimitKw, Double drawKw, int vehiclesCharging,
            int vehiclesWaiting, List<String> criticalVehicleIds, Instant lastReplanAt, Double planDeliveredPercent) {
        this(id, name, status, gridLimitKw, drawKw, vehiclesCharging, vehiclesWaiting, criticalVehicleIds, lastReplanAt,
                planDeliveredPercent, null);
    }

    /** True when the pads went silent and the hub is planned at its fallback limits (fail safe). */
    public boolean telemetryStale() {
        return telemetryStaleSince != null;
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
