package org.wptdlm.domain.situation;

import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * An open (pending or active) charging request with its vehicle.
 *
 * @param vehicle the requesting vehicle, or null when it is not (yet) known
 */
public record OpenRequest(ChargingRequest request, Vehicle vehicle) {

    /** The request's priority class, else the vehicle's, else normal. */
    public PriorityClass priorityClass() {
        if (request.priorityClass() != null) {
            return request.priorityClass();
        }
        return vehicle != null ? vehicle.priorityClass() : PriorityClass.NORMAL;
    }

    /** Whether the request is critical under {@code rule}, by its priority class and the vehicle's SoC. */
    public boolean isCritical(CriticalityRule rule) {
        return rule.isCritical(vehicle == null ? null : vehicle.socPercent(), priorityClass());
    }
}
