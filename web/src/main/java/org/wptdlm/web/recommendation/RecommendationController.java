package org.wptdlm.web.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.web.system.security.DriverVehicles;

@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations", description = "Where a driver should charge. Roles: DRIVER (own vehicles), OPERATOR, ADMIN.")
class RecommendationController {

    private final RecommendationService service;
    private final DriverVehicles driverVehicles;

    RecommendationController(RecommendationService service, DriverVehicles driverVehicles) {
        this.service = service;
        this.driverVehicles = driverVehicles;
    }

    @PostMapping
    @Operation(summary = "Rank the hubs a vehicle can reach",
            description = "Role: DRIVER (only for the vehicles of the account, or with no vehicleId; priorityClass EMERGENCY or"
                    + " FLEET is 403), OPERATOR, ADMIN."
                    + " Simulates the vehicle's insertion into each reachable hub's live plan and ranks hubs by the"
                    + " energy by departure (critical vehicles: by when their must-have energy is in). 404 unknown"
                    + " vehicle, 422 when position, SoC, battery or power is neither given nor stored.")
    RecommendationAnswer recommend(@Valid @RequestBody RecommendationQuery query) {
        driverVehicles.requireOwn(query.vehicleId());
        driverVehicles.requireMaySetPriority(query.priorityClass());
        return service.recommend(query);
    }
}
