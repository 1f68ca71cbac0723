package org.wptdlm.domain.situation;

import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * An open (pending or active) charging request with its vehicle.
 *
 * @param vehicle the requesting vehicle, or null when it is not (yet) known
 */
public record OpenRequest(ChargingRequest request, Vehicle vehicle) {

    /** Below this state of charge a vehicle is critical whatever its priority: it may not reach the next charger. */
    public static final double CRITICAL_SOC_PERCENT = 20;

    /** The request's priority class, else the vehicle's, else normal. */
    public PriorityClass priorityClass() {
        if (request.priorityClass() != null) {
            return request.priorityClass();
        }
        return vehicle != null ? vehicle.priorityClass() : PriorityClass.NORMAL;
    }

    /** Critical: an emergency, or a state of charge below {@value #CRITICAL_SOC_PERCENT} %. */
    public boolean isCritical() {
        Double socPercent = vehicle == null ? null : vehicle.socPercent();
        return priorityClass() == PriorityClass.EMERGENCY || (socPercent != null && socPercent < CRITICAL_SOC_PERCENT);
    }
}
