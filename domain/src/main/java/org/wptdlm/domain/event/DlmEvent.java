package org.wptdlm.domain.event;

import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePresent;

import java.time.Instant;

/**
 * An entry in a hub's DLM audit trail: allocations the service published and events hubs reported.
 *
 * @param sequence 1, 2, 3, … per hub, in the order the events were recorded; a hub controller that
 *     sees a gap knows it missed an event
 * @param publishedAt when the service published it over MQTT, or null (not yet, or reported by the hub)
 */
public record DlmEvent(
        long id,
        String hubId,
        long sequence,
        DlmEventSource source,
        DlmEventType type,
        DlmTrigger trigger,
        Long planId,
        String payloadJson,
        Instant createdAt,
        Instant publishedAt) {

    public DlmEvent {
        requireId(hubId, "hubId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        requirePresent(source, "source");
        requirePresent(type, "type");
        requireJsonObject(payloadJson);
        requirePresent(createdAt, "createdAt");
    }

    /** A cheap shape check: the payload is stored as jsonb, which rejects anything that is not JSON. */
    static void requireJsonObject(String payloadJson) {
        if (payloadJson == null || !payloadJson.strip().startsWith("{")) {
            throw new IllegalArgumentException("payloadJson must be a JSON object");
        }
    }
}
