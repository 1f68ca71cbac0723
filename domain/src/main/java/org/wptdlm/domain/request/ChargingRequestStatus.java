package org.wptdlm.domain.request;

/** The life of a charging request. */
public enum ChargingRequestStatus {
    /** Asked for, not yet charging. */
    PENDING,
    /** The vehicle is on a pad and charging (or waiting for its share of power). */
    ACTIVE,
    /** The target was reached or the vehicle left satisfied. */
    COMPLETED,
    /** Withdrawn by the driver or an operator. */
    CANCELLED,
    /** The departure passed before the target was reached. */
    EXPIRED;

    /** Whether the planner still has to serve the request. */
    public boolean isOpen() {
        return this == PENDING || this == ACTIVE;
    }
}
