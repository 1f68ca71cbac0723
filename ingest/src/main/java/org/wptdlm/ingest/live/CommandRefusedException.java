package org.wptdlm.ingest.live;

import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * The live model refuses a command: it names a hub, pad or vehicle the model does not know, repeats
 * one it already took, or is older than what it holds; or the loop cannot take it now (telemetry
 * buffer full). The edge that translated the command ({@link MessageApplier} for MQTT) stores it as a
 * rejection of the message. Thrown on the hot path, so it carries no stack trace.
 */
public final class CommandRefusedException extends RuntimeException {

    private final RejectionReason reason;

    public CommandRefusedException(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
