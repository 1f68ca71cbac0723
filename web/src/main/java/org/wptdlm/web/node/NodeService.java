package org.wptdlm.web.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.node.NodeRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.NotFoundException;

/** The pads of a hub. */
@Service
@Transactional
public class NodeService {

    private static final Logger log = LoggerFactory.getLogger(NodeService.class);

    private final HubService hubs;
    private final NodeRepository nodes;
    private final CircuitRepository circuits;

    NodeService(HubService hubs, NodeRepository nodes, CircuitRepository circuits) {
        this.hubs = hubs;
        this.nodes = nodes;
        this.circuits = circuits;
    }

    @Transactional(readOnly = true)
    ResultPage<Node> list(String hubId, NodeStatus status, PageQuery page) {
        hubs.requireExists(hubId);
        return nodes.findByHub(hubId, status, page);
    }

    @Transactional(readOnly = true)
    Node get(String hubId, String nodeId) {
        hubs.requireExists(hubId);
        return nodes.findById(hubId, nodeId).orElseThrow(() -> new NotFoundException("pad", nodeId));
    }

    Node create(Node node) {
        hubs.requireExists(node.hubId());
        requireCircuitOfHub(node);
        if (nodes.findById(node.hubId(), node.id()).isPresent()) {
            throw new ConflictException("Hub '" + node.hubId() + "' already has a pad '" + node.id() + "'.");
        }
        nodes.insert(node);
        log.info("Pad {} of hub {} created", node.id(), node.hubId());
        return node;
    }

    Node replace(Node node) {
        hubs.requireExists(node.hubId());
        requireCircuitOfHub(node);
        if (!nodes.update(node)) {
            throw new NotFoundException("pad", node.id());
        }
        log.info("Pad {} of hub {} replaced", node.id(), node.hubId());
        return node;
    }

    void delete(String hubId, String nodeId) {
        hubs.requireExists(hubId);
        if (!nodes.delete(hubId, nodeId)) {
            throw new NotFoundException("pad", nodeId);
        }
        log.info("Pad {} of hub {} deleted", nodeId, hubId);
    }

    private void requireCircuitOfHub(Node node) {
        if (node.circuitId() != null
                && circuits.findByHub(node.hubId()).stream().noneMatch(circuit -> circuit.id().equals(node.circuitId()))) {
            throw new InvalidInputException("circuitId", "no circuit '" + node.circuitId() + "' in hub '" + node.hubId() + "'");
        }
    }
}
