package org.wptdlm.ingest.payload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * A message on {@code iot/hubs/{hub_id}/dlm/events}. The service's own allocation events come back
 * through its subscription; {@link #fromService()} recognises them so that only hub events are
 * acted on.
 */
public record HubEventMessage(
        String source, DlmEventType type, Instant ts, Double gridLimitKw, @JsonProperty(SeedNames.PAD_ID) String padId, String faultCode)
        implements DeviceTimestamped {

    /** The {@code source} the service writes into every event it publishes. */
    public static final String SERVICE_SOURCE = "dlm-service";

    public HubEventMessage {
        if (!SERVICE_SOURCE.equals(source)) {
            Checks.timestamp(ts);
            Checks.required(type, "type");
            switch (type) {
                case GRID_LIMIT_CHANGED -> {
                    Checks.required(gridLimitKw, "gridLimitKw");
                    Checks.gridLimitKw(gridLimitKw, "gridLimitKw");
                }
                case NODE_FAULT, NODE_RECOVERED -> Checks.requiredId(padId, SeedNames.PAD_ID);
                default -> throw new PayloadRejectedException(
                        RejectionReason.INVALID_FIELD, type + " events are published by the service only");
            }
        }
    }

    /**
     * What tells this event from the hub's others, so a QoS 1 redelivery is recorded once: a hub's
     * events have increasing device times, and a pad's fault and recovery differ by type.
     */
    public String dedupKey() {
        return type + "@" + ts + (padId == null ? "" : "/" + padId);
    }

    public boolean fromService() {
        return SERVICE_SOURCE.equals(source);
    }
}
