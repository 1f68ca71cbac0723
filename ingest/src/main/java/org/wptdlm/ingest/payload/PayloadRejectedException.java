package org.wptdlm.ingest.payload;

import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * A payload failed parsing or validation. Thrown on the hot path for every bad message, so it
 * carries no stack trace: the reason and detail say everything an operator needs.
 */
public final class PayloadRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public PayloadRejectedException(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
