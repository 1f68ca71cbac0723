package org.wptdlm.web.pad;

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
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;
import org.wptdlm.web.system.RequestIds;

@RestController
@RequestMapping("/api/hubs/{hubId}/" + SeedNames.PADS)
@Tag(name = "Nodes (pads)", description = "The wireless charging pads of a hub; ids are unique within their hub")
class PadController {

    private final PadService pads;

    PadController(PadService pads) {
        this.pads = pads;
    }

    @GetMapping
    @Operation(summary = "List a hub's pads", description = "Ordered by id.")
    PageResponse<PadResponse> list(
            @PathVariable String hubId,
            @Parameter(description = "only pads in this status") @RequestParam(required = false) PadStatus status,
            @ParameterObject @Valid PageParams page) {
        return PageResponse.of(pads.list(hubId, status, page.toQuery()), PadResponse::from);
    }

    @PostMapping
    @Operation(summary = "Create a pad", description = "The client chooses the id, as the pad names itself on MQTT.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<PadResponse> create(@PathVariable String hubId, @RequestBody @Valid PadRequest request) {
        HubPad pad = pads.create(request.toNewPad(hubId));
        return ResponseEntity.created(URI.create("/api/hubs/" + hubId + "/" + SeedNames.PADS + "/" + pad.id()))
                .body(PadResponse.from(pad));
    }

    @GetMapping("/{padId}")
    @Operation(summary = "Read a pad")
    PadResponse get(@PathVariable String hubId, @PathVariable String padId) {
        return PadResponse.from(pads.get(hubId, padId));
    }

    @PutMapping("/{padId}")
    @Operation(summary = "Replace a pad's description", description = "The pad must exist (create it with POST).")
    PadResponse replace(@PathVariable String hubId, @PathVariable String padId,
            @RequestBody @Valid PadRequest request) {
        return PadResponse.from(pads.replace(request.toPad(hubId, RequestIds.fromPath(padId, request.id()))));
    }

    @DeleteMapping("/{padId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a pad", description = "Deletes its telemetry; charging requests that named it keep "
            + "their vehicle but lose the pad.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String hubId, @PathVariable String padId) {
        pads.delete(hubId, padId);
    }
}
