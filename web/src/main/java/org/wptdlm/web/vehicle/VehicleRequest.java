package org.wptdlm.web.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.web.system.InvalidInputException;

/** A vehicle to create (POST, with its id) or to replace (PUT, id from the path). */
@Schema(name = "VehicleRequest")
public record VehicleRequest(
        @Schema(example = "ev-0042", description = "Chosen by the client (the vehicle's MQTT name); required on POST")
        @Pattern(regexp = Invariants.ID_PATTERN) String id,
        @Schema(example = "Delivery van 42") @Size(max = Vehicle.NAME_MAX_LENGTH)
        @Pattern(regexp = PhysicalLimits.NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
        @Schema(example = "75.0", description = "kWh, at most 1,000")
        @NotNull @Positive @DecimalMax(PhysicalLimits.MAX_ENERGY_KWH_TEXT) Double batteryCapacityKwh,
        @Schema(example = "11.0", description = "Most the vehicle accepts, kW, at most 1,000")
        @NotNull @Positive @DecimalMax(PhysicalLimits.MAX_POWER_KW_TEXT) Double maxChargePowerKw,
        @Schema(example = "35.5", description = "Last known state of charge, 0-100; telemetry updates it")
        @DecimalMin("0") @DecimalMax("100") Double socPercent,
        @Schema(example = "FLEET", description = "Defaults to NORMAL") PriorityClass priorityClass) {

    Vehicle toVehicle(String vehicleId) {
        return InvalidInputException.whenBuilding(() -> new Vehicle(vehicleId, name, batteryCapacityKwh, maxChargePowerKw,
                socPercent, priorityClass == null ? PriorityClass.NORMAL : priorityClass));
    }
}
