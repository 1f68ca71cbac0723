package org.wptdlm.db.request;

import org.wptdlm.domain.request.ChargingRequestStatus;

/** Narrows a charging request listing; null fields do not filter. */
public record ChargingRequestFilter(String hubId, String vehicleId, ChargingRequestStatus status) {

    public static final ChargingRequestFilter ALL = new ChargingRequestFilter(null, null, null);
}
