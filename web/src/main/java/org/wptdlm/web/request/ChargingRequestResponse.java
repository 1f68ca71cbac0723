package org.wptdlm.web.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;

@Schema(name = "ChargingRequest")
public record ChargingRequestResponse(
        @Schema(example = "req-2026-0001") String id,
        @Schema(example = "hub-001") String hubId,
        @Schema(example = "ev-0042") String vehicleId,
        @JsonProperty(SeedNames.PAD_ID) @Schema(example = "pad-01") String padId,
        Instant arrivalAt,
        Instant departureAt,
        @Schema(example = "80.0") Double targetSocPercent,
        @Schema(example = "30.0") Double requestedEnergyKwh,
        PriorityClass priorityClass,
        ChargingRequestStatus status,
        Instant createdAt) {

    static ChargingRequestResponse from(ChargingRequest request) {
        return new ChargingRequestResponse(request.id(), request.hubId(), request.vehicleId(), request.padId(),
                request.arrivalAt(), request.departureAt(), request.targetSocPercent(), request.requestedEnergyKwh(),
                request.priorityClass(), request.status(), request.createdAt());
    }
}
