package org.wptdlm.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.node.NodeRepository;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.hub.Circuit;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.model.EntityStore;
import org.wptdlm.ingest.model.HubModel;
import org.wptdlm.ingest.model.LiveModel;
import org.wptdlm.ingest.model.RequestSnapshot;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.NodeInfoMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;

/** The live model's entities in PostgreSQL, through the db module's repositories. */
@Component
class JooqEntityStore implements EntityStore {

    private final HubRepository hubs;
    private final CircuitRepository circuits;
    private final NodeRepository nodes;
    private final VehicleRepository vehicles;
    private final ChargingRequestRepository requests;
    private final DlmEventRepository events;
    private final LiveModel model;
    private final ObjectMapper mapper = PayloadParser.mapper();

    JooqEntityStore(HubRepository hubs, CircuitRepository circuits, NodeRepository nodes, VehicleRepository vehicles,
            ChargingRequestRepository requests, DlmEventRepository events, LiveModel model) {
        this.hubs = hubs;
        this.circuits = circuits;
        this.nodes = nodes;
        this.vehicles = vehicles;
        this.requests = requests;
        this.events = events;
        this.model = model;
    }

    @Override
    public boolean loadHub(String hubId) {
        Optional<Hub> hub = hubs.findById(hubId);
        if (hub.isEmpty()) {
            return false;
        }
        model.restoreHub(hubId, hub.get().gridLimitKw(), hub.get().status());
        circuits.findByHub(hubId).forEach(circuit -> model.restoreCircuit(hubId, circuit.id(), circuit.limitKw()));
        nodes.findAllByHub(hubId).forEach(node -> model.restorePad(
                hubId, node.id(), node.maxPowerKw(), node.efficiency(), node.circuitId(), node.status()));
        for (ChargingRequest request : requests.findOpenByHub(hubId)) {
            if (model.vehicle(request.vehicleId()).isPresent() || loadVehicle(request.vehicleId())) {
                model.restoreRequest(new RequestSnapshot(request.id(), hubId, request.vehicleId(), request.nodeId(),
                        request.arrivalAt(), request.departureAt(), request.targetSocPercent(),
                        request.requestedEnergyKwh(), priorityOf(request), null, request.createdAt()));
            }
        }
        return true;
    }

    private PriorityClass priorityOf(ChargingRequest request) {
        if (request.priorityClass() != null) {
            return request.priorityClass();
        }
        return model.vehicle(request.vehicleId()).map(vehicle -> vehicle.priorityClass()).orElse(PriorityClass.NORMAL);
    }

    @Override
    public boolean loadVehicle(String vehicleId) {
        Optional<Vehicle> vehicle = vehicles.findById(vehicleId);
        vehicle.ifPresent(found -> model.restoreVehicle(found.id(), found.batteryCapacityKwh(),
                found.maxChargePowerKw(), found.priorityClass(), found.socPercent()));
        return vehicle.isPresent();
    }

    @Override
    public void upsertHub(String hubId, HubInfoMessage info) {
        HubStatus status = model.hub(hubId).map(HubModel::status).orElse(HubStatus.ONLINE);
        hubs.upsert(new Hub(hubId, info.name(), info.address(), info.latitude(), info.longitude(), info.gridLimitKw(),
                status));
        info.circuits().forEach(circuit -> circuits.upsert(new Circuit(hubId, circuit.id(), circuit.limitKw())));
    }

    @Override
    public void upsertNode(String hubId, String nodeId, NodeInfoMessage info) {
        NodeStatus status = nodes.findById(hubId, nodeId).map(Node::status).orElse(NodeStatus.AVAILABLE);
        nodes.upsert(new Node(hubId, nodeId, info.maxPowerKw(), info.efficiency(), status, info.circuitId()));
    }

    @Override
    public void updateHubStatus(String hubId, HubStatus status) {
        hubs.updateStatus(hubId, status);
    }

    @Override
    public void updateNodeStatus(String hubId, String nodeId, NodeStatus status) {
        nodes.updateStatus(hubId, nodeId, status);
    }

    @Override
    public void insertVehicle(String vehicleId, VehicleTelemetryMessage describing) {
        vehicles.insert(new Vehicle(vehicleId, null, describing.batteryCapacityKwh(), describing.maxChargePowerKw(),
                describing.socPercent(), PriorityClass.NORMAL));
    }

    @Override
    public void saveRequest(RequestSnapshot request) {
        ChargingRequest stored = new ChargingRequest(request.requestId(), request.hubId(), request.vehicleId(),
                request.nodeId(), request.arrivalAt(), request.departureAt(), request.targetSocPercent(),
                request.energyKwh(), request.priorityClass(),
                request.nodeId() == null ? ChargingRequestStatus.PENDING : ChargingRequestStatus.ACTIVE,
                request.receivedTs());
        if (!requests.update(stored)) {
            requests.insert(stored);
        }
    }

    @Override
    public void closeRequest(String requestId, ChargingRequestStatus status) {
        requests.updateStatus(requestId, status);
    }

    @Override
    public void recordHubEvent(String hubId, HubEventMessage event) {
        DlmTrigger trigger = switch (event.type()) {
            case GRID_LIMIT_CHANGED -> DlmTrigger.GRID_LIMIT_CHANGE;
            default -> DlmTrigger.NODE_FAULT;
        };
        events.append(new NewDlmEvent(hubId, DlmEventSource.HUB, event.type(), trigger, null, json(event), event.ts()));
    }

    private String json(HubEventMessage event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Hub event cannot be written as JSON", e);
        }
    }
}
