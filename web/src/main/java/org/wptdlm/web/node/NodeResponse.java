package org.wptdlm.web.node;

import io.swagger.v3.oas.annotations.media.Schema;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;

@Schema(name = "Node", description = "A wireless charging pad")
public record NodeResponse(
        @Schema(example = "hub-001") String hubId,
        @Schema(example = "pad-01") String id,
        @Schema(example = "11.0") double maxPowerKw,
        @Schema(example = "0.91") double efficiency,
        NodeStatus status,
        @Schema(example = "feeder-a") String circuitId) {

    static NodeResponse from(Node node) {
        return new NodeResponse(node.hubId(), node.id(), node.maxPowerKw(), node.efficiency(), node.status(),
                node.circuitId());
    }
}
