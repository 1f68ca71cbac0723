package org.wptdlm.web.node;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.web.system.PageParams;
import org.wptdlm.web.system.PageResponse;
import org.wptdlm.web.system.RequestIds;

@RestController
@RequestMapping("/api/hubs/{hubId}/nodes")
@Tag(name = "Nodes (pads)", description = "The wireless charging pads of a hub; ids are unique within their hub")
class NodeController {

    private final NodeService nodes;

    NodeController(NodeService nodes) {
        this.nodes = nodes;
    }

    @GetMapping
    @Operation(summary = "List a hub's pads", description = "Ordered by id.")
    PageResponse<NodeResponse> list(
            @PathVariable String hubId,
            @Parameter(description = "only pads in this status") @RequestParam(required = false) NodeStatus status,
            @ParameterObject @Valid PageParams page) {
        return PageResponse.of(nodes.list(hubId, status, page.toQuery()), NodeResponse::from);
    }

    @PostMapping
    @Operation(summary = "Create a pad", description = "The client chooses the id, as the pad names itself on MQTT.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<NodeResponse> create(@PathVariable String hubId, @RequestBody @Valid NodeRequest request) {
        Node node = nodes.create(request.toNewNode(hubId));
        return ResponseEntity.created(URI.create("/api/hubs/" + hubId + "/nodes/" + node.id()))
                .body(NodeResponse.from(node));
    }

    @GetMapping("/{nodeId}")
    @Operation(summary = "Read a pad")
    NodeResponse get(@PathVariable String hubId, @PathVariable String nodeId) {
        return NodeResponse.from(nodes.get(hubId, nodeId));
    }

    @PutMapping("/{nodeId}")
    @Operation(summary = "Replace a pad's description", description = "The pad must exist (create it with POST).")
    NodeResponse replace(@PathVariable String hubId, @PathVariable String nodeId,
            @RequestBody @Valid NodeRequest request) {
        return NodeResponse.from(nodes.replace(request.toNode(hubId, RequestIds.fromPath(nodeId, request.id()))));
    }

    @DeleteMapping("/{nodeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a pad", description = "Deletes its telemetry; charging requests that named it keep "
            + "their vehicle but lose the pad.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String hubId, @PathVariable String nodeId) {
        nodes.delete(hubId, nodeId);
    }
}
