package org.wptdlm.web.vehicle;

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
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;
import org.wptdlm.web.system.RequestIds;

@RestController
@RequestMapping("/api/vehicles")
@Tag(name = "Vehicles", description = "Electric vehicles that charge on the pads")
class VehicleController {

    private final VehicleService vehicles;

    VehicleController(VehicleService vehicles) {
        this.vehicles = vehicles;
    }

    @GetMapping
    @Operation(summary = "List vehicles", description = "Ordered by id.")
    PageResponse<VehicleResponse> list(
            @Parameter(description = "only vehicles of this class") @RequestParam(required = false)
            PriorityClass priorityClass,
            @ParameterObject @Valid PageParams page) {
        return PageResponse.of(vehicles.list(priorityClass, page.toQuery()), VehicleResponse::from);
    }

    @PostMapping
    @Operation(summary = "Create a vehicle", description = "The client chooses the id.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<VehicleResponse> create(@RequestBody @Valid VehicleRequest request) {
        Vehicle vehicle = vehicles.create(request.toVehicle(RequestIds.requiredOnCreate(request.id())));
        return ResponseEntity.created(URI.create("/api/vehicles/" + vehicle.id())).body(VehicleResponse.from(vehicle));
    }

    @GetMapping("/{vehicleId}")
    @Operation(summary = "Read a vehicle")
    VehicleResponse get(@PathVariable String vehicleId) {
        return VehicleResponse.from(vehicles.get(vehicleId));
    }

    @PutMapping("/{vehicleId}")
    @Operation(summary = "Replace a vehicle's description", description = "The vehicle must exist.")
    VehicleResponse replace(@PathVariable String vehicleId, @RequestBody @Valid VehicleRequest request) {
        return VehicleResponse.from(vehicles.replace(request.toVehicle(RequestIds.fromPath(vehicleId, request.id()))));
    }

    @DeleteMapping("/{vehicleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a vehicle", description = "Deletes its charging requests and telemetry with it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String vehicleId) {
        vehicles.delete(vehicleId);
    }
}
