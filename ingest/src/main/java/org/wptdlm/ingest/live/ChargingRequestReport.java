package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * A vehicle asks for energy before it leaves, or withdraws its request. Not yet a domain
 * {@code ChargingRequest}: the live model decides its arrival time, pad and meter reading, and a
 * withdrawal carries no departure or target.
 *
 * @param padId the pad the vehicle says it is on, or null (then the pad it is seen on, if any)
 * @param departureAt when it leaves (null for a withdrawal)
 * @param targetSocPercent the SoC wanted at departure, or null
 * @param energyKwh the energy wanted, kWh, or null
 * @param priorityClass the class asked for, or null for the vehicle's own
 * @param cancel true withdraws the request
 * @param at the vehicle's clock when it asked; an older version than the one held is refused
 */
public record ChargingRequestReport(
        String requestId,
        String vehicleId,
        String padId,
        Instant departureAt,
        Double targetSocPercent,
        Double energyKwh,
        PriorityClass priorityClass,
        boolean cancel,
        Instant at) {
}
