package org.wptdlm.web.pad;

import io.swagger.v3.oas.annotations.media.Schema;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;

@Schema(name = "Node", description = "A wireless charging pad")
public record PadResponse(
        @Schema(example = "hub-001") String hubId,
        @Schema(example = "pad-01") String id,
        @Schema(example = "11.0") double maxPowerKw,
        @Schema(example = "0.91") double efficiency,
        PadStatus status,
        @Schema(example = "feeder-a") String circuitId) {

    static PadResponse from(HubPad pad) {
        return new PadResponse(pad.hubId(), pad.id(), pad.maxPowerKw(), pad.efficiency(), pad.status(),
                pad.circuitId());
    }
}
