package org.wptdlm.web.rejected;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.wptdlm.domain.rejected.RejectedMessage;

/** A refused MQTT message as operators see it. */
@Schema(name = "RejectedMessage", description = "An MQTT message the service refused, with the reason")
record RejectedMessageResponse(
        @Schema(example = "311") long id,
        @Schema(example = "iot/vehicles/ev-4711/telemetry") String topic,
        @Schema(example = "soc-out-of-range", description = "the reason code (see docs/mqtt.md)") String reasonCode,
        @Schema(example = "soc-out-of-range: socPercent must be within 0-100, was 180.0") String reason,
        @Schema(example = "{\"ts\":\"2026-03-02T08:15:03Z\",\"socPercent\":180}",
                description = "the start of the payload (at most 1000 characters)") String payloadExcerpt,
        Instant receivedAt) {

    static RejectedMessageResponse from(RejectedMessage message) {
        int colon = message.reason().indexOf(':');
        String code = colon > 0 ? message.reason().substring(0, colon) : message.reason();
        return new RejectedMessageResponse(message.id(), message.topic(), code, message.reason(),
                message.payloadExcerpt(), message.receivedAt());
    }
}
