package org.wptdlm.web.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.web.system.InvalidInputException;

/** A charging request to create (POST; id optional) or to replace (PUT, id from the path). */
@Schema(name = "ChargingRequestRequest")
public record ChargingRequestBody(
        @Schema(example = "req-2026-0001", description = "Optional on POST: the service makes one up when absent")
        @Pattern(regexp = Invariants.ID_PATTERN) String id,
        @Schema(example = "hub-001") @NotNull @Pattern(regexp = Invariants.ID_PATTERN) String hubId,
        @Schema(example = "ev-0042") @NotNull @Pattern(regexp = Invariants.ID_PATTERN) String vehicleId,
        @Schema(example = "pad-01", description = "The pad the vehicle is parked on, if any")
        @JsonProperty(SeedNames.PAD_ID) @Pattern(regexp = Invariants.ID_PATTERN) String padId,
        @Schema(example = "2026-03-02T08:00:00Z", description = "Defaults to now") Instant arrivalAt,
        @Schema(example = "2026-03-02T12:00:00Z") @NotNull Instant departureAt,
        @Schema(example = "80.0", description = "Wanted state of charge at departure, 0-100")
        @DecimalMin("0") @DecimalMax("100") Double targetSocPercent,
        @Schema(example = "30.0", description = "Wanted energy into the battery by departure, kWh, at most 1,000")
        @Positive @DecimalMax(PhysicalLimits.MAX_ENERGY_KWH_TEXT) Double requestedEnergyKwh,
        @Schema(description = "Overrides the vehicle's class for this request") PriorityClass priorityClass,
        @Schema(example = "PENDING", description = "Defaults to PENDING") ChargingRequestStatus status) {

    ChargingRequest toRequest(String requestId, Instant now, Instant createdAt) {
        return InvalidInputException.whenBuilding(() -> new ChargingRequest(requestId, hubId, vehicleId, padId,
                arrivalAt == null ? now : arrivalAt, departureAt, targetSocPercent, requestedEnergyKwh, priorityClass,
                status == null ? ChargingRequestStatus.PENDING : status, createdAt));
    }
}
