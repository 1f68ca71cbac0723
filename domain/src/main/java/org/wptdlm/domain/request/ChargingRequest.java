package org.wptdlm.domain.request;

import static org.wptdlm.domain.Invariants.optionalId;
import static org.wptdlm.domain.Invariants.optionalPercent;
import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.PhysicalLimits.requireEnergyKwh;

import java.time.Instant;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * A vehicle's wish for energy at a hub before it leaves: a target state of charge, an amount of
 * energy, or both (then the smaller need counts).
 *
 * @param padId the pad the vehicle is parked on, or null while it is not (yet) on one
 * @param arrivalAt when the vehicle arrived or is expected
 * @param departureAt when the vehicle leaves; energy after it is worthless
 * @param targetSocPercent the wanted state of charge (0–100) at departure, or null
 * @param requestedEnergyKwh the wanted energy delivered to the battery by departure, or null
 * @param priorityClass overrides the vehicle's class for this request, or null to use the vehicle's
 */
public record ChargingRequest(
        String id,
        String hubId,
        String vehicleId,
        String padId,
        Instant arrivalAt,
        Instant departureAt,
        Double targetSocPercent,
        Double requestedEnergyKwh,
        PriorityClass priorityClass,
        ChargingRequestStatus status,
        Instant createdAt) {

    public ChargingRequest {
        requireId(id, "id");
        requireId(hubId, "hubId");
        requireId(vehicleId, "vehicleId");
        optionalId(padId, SeedNames.PAD_ID);
        requirePresent(arrivalAt, "arrivalAt");
        requirePresent(departureAt, "departureAt");
        if (!departureAt.isAfter(arrivalAt)) {
            throw new IllegalArgumentException("departureAt must be after arrivalAt, was " + departureAt
                    + " (arrivalAt " + arrivalAt + ")");
        }
        optionalPercent(targetSocPercent, "targetSocPercent");
        if (requestedEnergyKwh != null && (!Double.isFinite(requestedEnergyKwh) || requestedEnergyKwh <= 0)) {
            throw new IllegalArgumentException("requestedEnergyKwh must be a finite number > 0, was " + requestedEnergyKwh);
        }
        if (requestedEnergyKwh != null) {
            requireEnergyKwh(requestedEnergyKwh, "requestedEnergyKwh");
        }
        if (targetSocPercent == null && requestedEnergyKwh == null) {
            throw new IllegalArgumentException("targetSocPercent or requestedEnergyKwh is required");
        }
        requirePresent(status, "status");
        requirePresent(createdAt, "createdAt");
    }

    /** The same request in another state, e.g. when the vehicle starts charging or leaves. */
    public ChargingRequest withStatus(ChargingRequestStatus newStatus) {
        return new ChargingRequest(id, hubId, vehicleId, padId, arrivalAt, departureAt, targetSocPercent,
                requestedEnergyKwh, priorityClass, newStatus, createdAt);
    }
}
