package org.wptdlm.web.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

@Schema(name = "Vehicle")
public record VehicleResponse(
        @Schema(example = "ev-0042") String id,
        @Schema(example = "Delivery van 42") String name,
        @Schema(example = "75.0") double batteryCapacityKwh,
        @Schema(example = "11.0") double maxChargePowerKw,
        @Schema(example = "35.5") Double socPercent,
        PriorityClass priorityClass) {

    static VehicleResponse from(Vehicle vehicle) {
        return new VehicleResponse(vehicle.id(), vehicle.name(), vehicle.batteryCapacityKwh(),
                vehicle.maxChargePowerKw(), vehicle.socPercent(), vehicle.priorityClass());
    }
}
