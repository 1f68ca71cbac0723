package org.wptdlm.web.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * Where should this vehicle charge? Name a stored vehicle and the service fills in what it knows
 * (battery, power, class, last SoC and position from telemetry); anything given here wins.
 */
@Schema(description = "The vehicle asking where to charge. With vehicleId, missing fields come from the stored vehicle"
        + " and its latest telemetry; without it, position, socPercent, batteryCapacityKwh and maxKw are required.")
record RecommendationQuery(
        @Schema(example = "ev-001") @Size(max = 64) String vehicleId,
        @Schema(example = "52.52") @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(example = "13.405") @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(example = "35") @DecimalMin("0") @DecimalMax("100") Double socPercent,
        @Schema(example = "60") @Positive @DecimalMax(PhysicalLimits.MAX_ENERGY_KWH_TEXT) Double batteryCapacityKwh,
        @Schema(description = "Most the vehicle takes, kW", example = "11") @Positive
        @DecimalMax(PhysicalLimits.MAX_POWER_KW_TEXT) Double maxKw,
        @Schema(description = "Default 80 %", example = "80") @DecimalMin("0") @DecimalMax("100") Double targetSocPercent,
        @Schema(description = "Default: 2 hours from now", example = "2026-11-23T18:00:00Z") Instant departureAt,
        @Schema(description = "Default: the stored vehicle's class, else NORMAL") PriorityClass priorityClass) {
}
