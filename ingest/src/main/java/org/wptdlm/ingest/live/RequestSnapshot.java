package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * An open charging request as the service holds it.
 *
 * @param padId the pad the vehicle is on (from the request or the pad's status), or null
 * @param targetSocPercent the wanted SoC at departure, or null
 * @param energyKwh the wanted energy, kWh, or null
 * @param meterAtArrivalKwh the pad's meter when the vehicle's charging began there, or null; the
 *     energy delivered since is the meter's difference
 */
public record RequestSnapshot(
        String requestId,
        String hubId,
        String vehicleId,
        String padId,
        Instant arrivalAt,
        Instant departureAt,
        Double targetSocPercent,
        Double energyKwh,
        PriorityClass priorityClass,
        Double meterAtArrivalKwh,
        Instant receivedTs) {

    RequestSnapshot onPad(String padId, Double meterKwh) {
        return new RequestSnapshot(requestId, hubId, vehicleId, padId, arrivalAt, departureAt, targetSocPercent,
                energyKwh, priorityClass, meterKwh, receivedTs);
    }
}
