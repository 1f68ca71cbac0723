package org.wptdlm.web.request;

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
import org.wptdlm.db.request.ChargingRequestFilter;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;
import org.wptdlm.web.system.RequestIds;
import org.wptdlm.web.system.security.DriverVehicles;

@RestController
@RequestMapping("/api/charging-requests")
@Tag(name = "Charging requests", description = "A vehicle's wish for energy at a hub before it leaves. Roles: DRIVER"
        + " (only requests of the account's vehicles; listing needs vehicleId; priorityClass EMERGENCY or FLEET"
        + " is 403), OPERATOR, ADMIN.")
class ChargingRequestController {

    private final ChargingRequestService requests;
    private final DriverVehicles driverVehicles;

    ChargingRequestController(ChargingRequestService requests, DriverVehicles driverVehicles) {
        this.requests = requests;
        this.driverVehicles = driverVehicles;
    }

    @GetMapping
    @Operation(summary = "List charging requests", description = "Newest first; filter by hub, vehicle and status.")
    PageResponse<ChargingRequestResponse> list(
            @Parameter(description = "only requests at this hub") @RequestParam(required = false) String hubId,
            @Parameter(description = "only requests of this vehicle") @RequestParam(required = false) String vehicleId,
            @Parameter(description = "only requests in this status") @RequestParam(required = false)
            ChargingRequestStatus status,
            @ParameterObject @Valid PageParams page) {
        driverVehicles.requireOwnListing(vehicleId);
        return PageResponse.of(requests.list(new ChargingRequestFilter(hubId, vehicleId, status), page.toQuery()),
                ChargingRequestResponse::from);
    }

    @PostMapping
    @Operation(summary = "Create a charging request",
            description = "Role: DRIVER (own vehicles, priorityClass NORMAL or none), OPERATOR, ADMIN. Give"
                    + " targetSocPercent, requestedEnergyKwh or both. The hub, vehicle and pad must exist.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "403", description = "A driver's request for another vehicle, or with priorityClass"
            + " EMERGENCY or FLEET (only operators grant those)")
    ResponseEntity<ChargingRequestResponse> create(@RequestBody @Valid ChargingRequestBody body) {
        driverVehicles.requireOwn(body.vehicleId());
        driverVehicles.requireMaySetPriority(body.priorityClass());
        ChargingRequest request = requests.create(body);
        return ResponseEntity.created(URI.create("/api/charging-requests/" + request.id()))
                .body(ChargingRequestResponse.from(request));
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "Read a charging request")
    ChargingRequestResponse get(@PathVariable String requestId) {
        return ChargingRequestResponse.from(own(requests.get(requestId)));
    }

    @PutMapping("/{requestId}")
    @Operation(summary = "Replace a charging request", description = "E.g. a new departure, target or status.")
    ChargingRequestResponse replace(@PathVariable String requestId, @RequestBody @Valid ChargingRequestBody body) {
        own(requests.get(requestId));
        driverVehicles.requireOwn(body.vehicleId());
        driverVehicles.requireMaySetPriority(body.priorityClass());
        return ChargingRequestResponse.from(requests.replace(RequestIds.fromPath(requestId, body.id()), body));
    }

    @DeleteMapping("/{requestId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a charging request")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String requestId) {
        own(requests.get(requestId));
        requests.delete(requestId);
    }

    private ChargingRequest own(ChargingRequest request) {
        driverVehicles.requireOwn(request.vehicleId());
        return request;
    }
}
