package org.wptdlm.db.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.node;
import static org.wptdlm.db.TestData.request;
import static org.wptdlm.db.TestData.vehicle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.domain.request.ChargingRequest;

class NodeRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    NodeRepository nodes;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    ChargingRequestRepository requests;

    @BeforeEach
    void twoHubs() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
    }

    @Test
    void nodeIdsAreScopedToTheirHub() {
        nodes.insert(node("hub-001", "pad-1"));
        nodes.insert(node("hub-002", "pad-1"));

        assertThat(nodes.countByHub("hub-001")).isEqualTo(1);
        assertThat(nodes.findAllByHub("hub-002")).extracting(Node::hubId).containsExactly("hub-002");
        assertThatThrownBy(() -> nodes.insert(node("hub-001", "pad-1"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void padOfAnUnknownHubIsRefused() {
        assertThatThrownBy(() -> nodes.insert(node("hub-404", "pad-1")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listingFiltersByStatusAndPages() {
        nodes.insert(node("hub-001", "pad-1"));
        nodes.insert(node("hub-001", "pad-2"));
        nodes.insert(node("hub-001", "pad-3"));
        nodes.updateStatus("hub-001", "pad-2", NodeStatus.FAULT);

        var available = nodes.findByHub("hub-001", NodeStatus.AVAILABLE, new PageQuery(1, 1));
        var faulty = nodes.findByHub("hub-001", NodeStatus.FAULT, new PageQuery(0, 10));

        assertThat(available.items()).extracting(Node::id).containsExactly("pad-3");
        assertThat(available.totalItems()).isEqualTo(2);
        assertThat(faulty.items()).extracting(Node::id).containsExactly("pad-2");
    }

    @Test
    void updateAndUpsertReplaceTheDescription() {
        nodes.insert(node("hub-001", "pad-1"));
        Node faster = new Node("hub-001", "pad-1", 22.0, 0.93, NodeStatus.CHARGING, null);
        Node slower = new Node("hub-001", "pad-1", 3.7, 0.88, NodeStatus.OFFLINE, null);

        assertThat(nodes.update(faster)).isTrue();
        assertThat(nodes.findById("hub-001", "pad-1")).contains(faster);
        nodes.upsert(slower);
        assertThat(nodes.findById("hub-001", "pad-1")).contains(slower);
        assertThat(nodes.update(node("hub-001", "pad-9"))).isFalse();
    }

    @Test
    void deletingAPadKeepsTheRequestsThatNamedIt() {
        nodes.insert(node("hub-001", "pad-1"));
        vehicles.insert(vehicle("ev-1"));
        ChargingRequest parked = request("req-1", "hub-001", "ev-1");
        requests.insert(new ChargingRequest(parked.id(), parked.hubId(), parked.vehicleId(), "pad-1",
                parked.arrivalAt(), parked.departureAt(), parked.targetSocPercent(), null, null, parked.status(),
                parked.createdAt()));

        assertThat(nodes.delete("hub-001", "pad-1")).isTrue();

        assertThat(nodes.findById("hub-001", "pad-1")).isEmpty();
        assertThat(requests.findById("req-1")).hasValueSatisfying(request -> assertThat(request.nodeId()).isNull());
    }
}
