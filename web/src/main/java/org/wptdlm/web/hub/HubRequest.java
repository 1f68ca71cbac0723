package org.wptdlm.web.hub;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.web.pad.PadRequest;
import org.wptdlm.web.system.InvalidInputException;

/**
 * A hub to create (POST, with its id and optionally its circuits and pads in one go) or to replace
 * (PUT, id from the path).
 */
@Schema(name = "HubRequest")
public record HubRequest(
        @Schema(example = "hub-001", description = "Chosen by the client (the hub controller's MQTT name); required on POST")
        @Pattern(regexp = Invariants.ID_PATTERN) String id,
        @Schema(example = "Berlin Mitte") @NotBlank @Size(max = Hub.NAME_MAX_LENGTH)
        @Pattern(regexp = PhysicalLimits.NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
        @Schema(example = "Invalidenstraße 50, 10557 Berlin") @Size(max = Hub.ADDRESS_MAX_LENGTH)
        @Pattern(regexp = PhysicalLimits.NO_CONTROL_CHARACTERS, message = "must not contain control characters") String address,
        @Schema(example = "52.5251") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(example = "13.3694") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(example = "150.0", description = "Import limit of the grid connection, kW: above 0, at most 100,000")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(PhysicalLimits.MAX_GRID_KW_TEXT) Double gridLimitKw,
        @Schema(example = "ONLINE", description = "Defaults to ONLINE") HubStatus status,
        @Schema(description = "Only on POST: circuits to create with the hub")
        @Valid List<@NotNull CircuitBody> circuits,
        @Schema(description = "Only on POST: pads to create with the hub")
        @JsonProperty(SeedNames.PADS) @Valid List<@NotNull PadRequest> pads) {

    Hub toHub(String hubId) {
        return InvalidInputException.whenBuilding(() -> new Hub(hubId, name, address, latitude, longitude, gridLimitKw,
                status == null ? HubStatus.ONLINE : status));
    }

    boolean hasChildren() {
        return circuits != null || pads != null;
    }
}
