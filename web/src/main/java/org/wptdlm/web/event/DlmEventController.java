package org.wptdlm.web.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.db.event.DlmEventFilter;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.NotFoundException;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;

/** Read-only: the service records DLM events when it publishes allocations or a hub reports something. */
@RestController
@RequestMapping("/api/hubs/{hubId}/dlm-events")
@Tag(name = "DLM events", description = "A hub's audit trail: allocations published and events reported by the hub")
class DlmEventController {

    private final HubService hubs;
    private final DlmEventRepository events;
    private final ObjectMapper json;

    DlmEventController(HubService hubs, DlmEventRepository events, ObjectMapper json) {
        this.hubs = hubs;
        this.events = events;
        this.json = json;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "List a hub's DLM events", description = "Newest first (by sequence).")
    PageResponse<DlmEventResponse> list(
            @PathVariable String hubId,
            @Parameter(description = "only events created at or after this instant", example = "2026-03-02T08:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "only events created before this instant", example = "2026-03-02T12:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "only events of this type") @RequestParam(required = false) DlmEventType type,
            @ParameterObject @Valid PageParams page) {
        hubs.requireExists(hubId);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        var filter = new DlmEventFilter(type, new TimeRange(from, to));
        return PageResponse.of(events.findByHub(hubId, filter, page.toQuery()),
                event -> DlmEventResponse.from(event, json));
    }

    @GetMapping("/{eventId}")
    @Transactional(readOnly = true)
    @Operation(summary = "Read a DLM event")
    DlmEventResponse get(@PathVariable String hubId, @PathVariable long eventId) {
        hubs.requireExists(hubId);
        return events.findById(hubId, eventId)
                .map(event -> DlmEventResponse.from(event, json))
                .orElseThrow(() -> new NotFoundException("DLM event", Long.toString(eventId)));
    }
}
