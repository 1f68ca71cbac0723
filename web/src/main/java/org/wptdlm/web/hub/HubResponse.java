package org.wptdlm.web.hub;

import io.swagger.v3.oas.annotations.media.Schema;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;

@Schema(name = "Hub")
public record HubResponse(
        @Schema(example = "hub-001") String id,
        @Schema(example = "Berlin Mitte") String name,
        @Schema(example = "Invalidenstraße 50, 10557 Berlin") String address,
        @Schema(example = "52.5251") double latitude,
        @Schema(example = "13.3694") double longitude,
        @Schema(example = "150.0") double gridLimitKw,
        HubStatus status) {

    static HubResponse from(Hub hub) {
        return new HubResponse(hub.id(), hub.name(), hub.address(), hub.latitude(), hub.longitude(), hub.gridLimitKw(),
                hub.status());
    }
}
