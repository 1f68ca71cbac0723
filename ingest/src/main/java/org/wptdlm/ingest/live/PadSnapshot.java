package org.wptdlm.ingest.live;

import org.wptdlm.domain.pad.PadStatus;

/**
 * A pad as the planner sees it at one moment.
 *
 * @param maxPowerKw the most the pad delivers, kW
 * @param efficiency grid to vehicle, 0-1
 * @param vehicleId the vehicle parked on it, or null
 * @param powerKw the power it reported delivering last, kW
 * @param energyMeterKwh its cumulative meter, kWh, or null before the first telemetry
 */
public record PadSnapshot(
        String padId,
        double maxPowerKw,
        double efficiency,
        String circuitId,
        PadStatus status,
        String vehicleId,
        double powerKw,
        Double energyMeterKwh) {}
