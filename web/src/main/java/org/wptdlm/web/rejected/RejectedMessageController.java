package org.wptdlm.web.rejected;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Arrays;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;

/** Read-only: what the MQTT ingest refused and why, for operators and integrators. */
@RestController
@RequestMapping("/api/rejected-messages")
@Tag(name = "Rejected messages", description = "MQTT messages the service refused, with the reason")
class RejectedMessageController {

    private final RejectedMessageRepository rejected;

    RejectedMessageController(RejectedMessageRepository rejected) {
        this.rejected = rejected;
    }

    @GetMapping
    @Operation(summary = "List refused MQTT messages", description = "Newest first.")
    PageResponse<RejectedMessageResponse> list(
            @Parameter(description = "only topics starting with this", example = "iot/hubs/hub-001/")
            @RequestParam(required = false) String topic,
            @Parameter(description = "only this reason code", example = "soc-out-of-range")
            @RequestParam(required = false) String reason,
            @Parameter(description = "only messages received at or after this instant", example = "2026-03-02T08:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "only messages received before this instant", example = "2026-03-02T12:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @ParameterObject @Valid PageParams page) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        String reasonPrefix = reason == null ? null : knownCode(reason) + ":";
        return PageResponse.of(rejected.findAll(new TimeRange(from, to), topic, reasonPrefix, page.toQuery()),
                RejectedMessageResponse::from);
    }

    private static String knownCode(String reason) {
        return Arrays.stream(RejectionReason.values())
                .map(RejectionReason::code)
                .filter(reason::equals)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("reason", "must be a reason code such as "
                        + RejectionReason.SOC_OUT_OF_RANGE.code() + " (see docs/mqtt.md)"));
    }
}
