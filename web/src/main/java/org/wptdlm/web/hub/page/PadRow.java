package org.wptdlm.web.hub.page;

import org.wptdlm.domain.pad.PadStatus;

/**
 * One pad on the hub page: what it can do, what it does, and what the plan tells it to do.
 *
 * @param vehicleId the vehicle on the pad (from its telemetry or an open request), or null
 * @param socPercent that vehicle's last known state of charge, or null
 * @param powerKw the power it last reported delivering (fresh readings only), or null
 * @param setpointKw what the current plan gives it in the current slot, or null without a plan
 * @param socCritical whether that SoC alone makes the vehicle critical (the service's criticality rule)
 */
record PadRow(
        String padId,
        PadStatus status,
        double maxPowerKw,
        String vehicleId,
        Double socPercent,
        Double powerKw,
        Double setpointKw,
        Double alignmentPercent,
        boolean socCritical) {

    /** CSS tone of the status pill. */
    public String statusTone() {
        return switch (status) {
            case CHARGING -> "info";
            case OCCUPIED -> "warn";
            case AVAILABLE -> "ok";
            case FAULT, OFFLINE -> "bad";
        };
    }

    /** CSS tone of the SoC figure: red below the critical level. */
    public String socTone() {
        return socCritical ? "bad" : "";
    }
}
