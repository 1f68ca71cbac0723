package org.wptdlm.web.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;

@Schema(name = "DlmEvent", description = "An entry of a hub's DLM audit trail")
public record DlmEventResponse(
        @Schema(example = "1842") long id,
        @Schema(example = "hub-001") String hubId,
        @Schema(example = "57", description = "1, 2, 3, … per hub") long sequence,
        DlmEventSource source,
        DlmEventType type,
        DlmTrigger trigger,
        @Schema(example = "311") Long planId,
        @Schema(description = "The JSON document published on (or received from) iot/hubs/{hubId}/dlm/events")
        JsonNode payload,
        Instant createdAt,
        Instant publishedAt) {

    static DlmEventResponse from(DlmEvent event, ObjectMapper json) {
        try {
            return new DlmEventResponse(event.id(), event.hubId(), event.sequence(), event.source(), event.type(),
                    event.trigger(), event.planId(), json.readTree(event.payloadJson()), event.createdAt(),
                    event.publishedAt());
        } catch (JsonProcessingException e) {
            // The column is jsonb: PostgreSQL only stores valid JSON.
            throw new UncheckedIOException("stored payload of DLM event " + event.id() + " is not JSON", e);
        }
    }
}
