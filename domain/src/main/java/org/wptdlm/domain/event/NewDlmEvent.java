package org.wptdlm.domain.event;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;

import java.time.Instant;

/**
 * A DLM event about to be recorded; the store gives it its id and its sequence in the hub's audit
 * trail (see {@link DlmEvent}).
 *
 * @param trigger why it happened, or null when not known
 * @param planId the persisted plan an allocation comes from, or null
 * @param payloadJson the JSON document published on (or received from) {@code iot/hubs/{hubId}/dlm/events}
 */
public record NewDlmEvent(
        String hubId,
        DlmEventSource source,
        DlmEventType type,
        DlmTrigger trigger,
        Long planId,
        String payloadJson,
        Instant createdAt) {

    public NewDlmEvent {
        requireId(hubId, "hubId");
        requirePresent(source, "source");
        requirePresent(type, "type");
        DlmEvent.requireJsonObject(payloadJson);
        requirePresent(createdAt, "createdAt");
    }
}
