package org.wptdlm.web.hub;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.domain.hub.HubCircuit;

/** A circuit of a hub, in requests and responses. */
@Schema(name = "HubCircuit", description = "A feeder with its own limit shared by the pads wired to it")
public record CircuitBody(
        @Schema(example = "feeder-a") @NotNull @Pattern(regexp = Invariants.ID_PATTERN) String id,
        @Schema(example = "44.0", description = "kW the pads on this circuit may draw from the grid together")
        @NotNull @PositiveOrZero @DecimalMax(PhysicalLimits.MAX_GRID_KW_TEXT) Double limitKw) {

    static CircuitBody from(HubCircuit circuit) {
        return new CircuitBody(circuit.id(), circuit.limitKw());
    }

    HubCircuit toCircuit(String hubId) {
        return new HubCircuit(hubId, id, limitKw);
    }
}
