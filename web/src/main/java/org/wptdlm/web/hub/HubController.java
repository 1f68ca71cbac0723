package org.wptdlm.web.hub;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;
import org.wptdlm.web.system.RequestIds;

@RestController
@RequestMapping("/api/hubs")
@Tag(name = "Hubs", description = "Charging sites, each behind one grid connection with a hard import limit")
class HubController {

    private final HubService hubs;

    HubController(HubService hubs) {
        this.hubs = hubs;
    }

    @GetMapping
    @Operation(summary = "List hubs", description = "Ordered by id; filter by status and by part of the name.")
    PageResponse<HubResponse> list(
            @Parameter(description = "only hubs in this status") @RequestParam(required = false) HubStatus status,
            @Parameter(description = "case-insensitive part of the name") @RequestParam(required = false) String name,
            @ParameterObject @Valid PageParams page) {
        return PageResponse.of(hubs.list(new HubFilter(status, name), page.toQuery()), HubResponse::from);
    }

    @PostMapping
    @Operation(summary = "Create a hub",
            description = "The client chooses the id (the name the hub controller uses on MQTT). Circuits and pads "
                    + "may be created in the same request; if anything is refused, nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<HubResponse> create(@RequestBody @Valid HubRequest request) {
        Hub hub = hubs.create(request.toHub(RequestIds.requiredOnCreate(request.id())), request.circuits(),
                request.pads());
        return ResponseEntity.created(URI.create("/api/hubs/" + hub.id())).body(HubResponse.from(hub));
    }

    @GetMapping("/{hubId}")
    @Operation(summary = "Read a hub")
    HubResponse get(@PathVariable String hubId) {
        return HubResponse.from(hubs.get(hubId));
    }

    @PutMapping("/{hubId}")
    @Operation(summary = "Replace a hub's description",
            description = "The hub must exist (create it with POST). Circuits and pads are managed under the hub.")
    HubResponse replace(@PathVariable String hubId, @RequestBody @Valid HubRequest request) {
        if (request.hasChildren()) {
            throw new InvalidInputException(request.circuits() != null ? "circuits" : "nodes",
                    "only accepted when creating; use /api/hubs/" + hubId + "/circuits and /nodes");
        }
        return HubResponse.from(hubs.replace(request.toHub(RequestIds.fromPath(hubId, request.id()))));
    }

    @DeleteMapping("/{hubId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a hub",
            description = "Refused with 409 while the hub has pads. Deletes its circuits, charging requests, plans "
                    + "and DLM events with it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String hubId) {
        hubs.delete(hubId);
    }
}
