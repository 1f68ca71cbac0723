package org.wptdlm.web.pad;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.RequestIds;

/** A pad to create (POST, with its id) or to replace (PUT, id from the path). */
@Schema(name = "NodeRequest")
public record PadRequest(
        @Schema(example = "pad-01", description = "Unique within the hub; required on POST")
        @Pattern(regexp = Invariants.ID_PATTERN) String id,
        @Schema(example = "11.0", description = "Most the pad delivers to a vehicle, kW, at most 1,000")
        @NotNull @PositiveOrZero @DecimalMax(PhysicalLimits.MAX_POWER_KW_TEXT) Double maxPowerKw,
        @Schema(example = "0.91", description = "Grid to vehicle, 0.5 to 1")
        @NotNull @DecimalMin(PhysicalLimits.MIN_EFFICIENCY_TEXT) @DecimalMax("1") Double efficiency,
        @Schema(example = "AVAILABLE", description = "Defaults to AVAILABLE") PadStatus status,
        @Schema(example = "feeder-a", description = "The circuit the pad is wired to, if any")
        @Pattern(regexp = Invariants.ID_PATTERN) String circuitId) {

    /** The pad this request creates in {@code hubId}; the body must carry its id. */
    public HubPad toNewPad(String hubId) {
        return toPad(hubId, RequestIds.requiredOnCreate(id));
    }

    HubPad toPad(String hubId, String padId) {
        return InvalidInputException.whenBuilding(() -> new HubPad(hubId, padId, maxPowerKw, efficiency,
                status == null ? PadStatus.AVAILABLE : status, circuitId));
    }
}
