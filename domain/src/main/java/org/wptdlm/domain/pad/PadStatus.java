package org.wptdlm.domain.pad;

/** What a pad reports about itself (the seed's node status). */
public enum PadStatus {
    /** Free and ready for a vehicle. */
    AVAILABLE,
    /** A vehicle is parked over the pad but no power flows. */
    OCCUPIED,
    /** A vehicle is parked and receiving power. */
    CHARGING,
    /** The pad reported a fault; it gets no allocation until it recovers. */
    FAULT,
    /** The pad does not answer. */
    OFFLINE;

    /** Whether the planner may allocate power to a pad in this state. */
    public boolean canCharge() {
        return this == AVAILABLE || this == OCCUPIED || this == CHARGING;
    }
}
