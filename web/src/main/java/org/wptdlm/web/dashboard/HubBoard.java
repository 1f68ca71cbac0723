package org.wptdlm.web.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.node.NodeRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
import org.wptdlm.domain.plan.Plan;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/** Assembles the Hubs page from the stored hubs, pads, open charging requests, telemetry and plans. */
@Component
class HubBoard {

    /** Below this state of charge a vehicle is critical whatever its priority: it may not reach the next charger. */
    static final double CRITICAL_SOC_PERCENT = 20;

    private final HubRepository hubs;
    private final NodeRepository nodes;
    private final ChargingRequestRepository requests;
    private final VehicleRepository vehicles;
    private final PadReadings readings;
    private final PlanRepository plans;

    HubBoard(HubRepository hubs, NodeRepository nodes, ChargingRequestRepository requests, VehicleRepository vehicles,
            PadReadings readings, PlanRepository plans) {
        this.hubs = hubs;
        this.nodes = nodes;
        this.requests = requests;
        this.vehicles = vehicles;
        this.readings = readings;
        this.plans = plans;
    }

    HubsOverview overview() {
        List<HubSummary> summaries = new ArrayList<>();
        for (Hub hub : hubs.findAll(HubFilter.ALL, new PageQuery(0, PageQuery.MAX_SIZE)).items()) {
            summaries.add(summary(hub));
        }
        return new HubsOverview(summaries);
    }

    HubSummary summary(Hub hub) {
        List<Node> pads = nodes.findAllByHub(hub.id());
        List<ChargingRequest> open = requests.findOpenByHub(hub.id());
        int charging = (int) pads.stream().filter(pad -> pad.status() == NodeStatus.CHARGING).count();
        Map<String, Node> padsById = pads.stream().collect(Collectors.toMap(Node::id, Function.identity()));
        int waiting = (int) open.stream().filter(request -> !isCharging(request, padsById)).count();
        Instant lastReplanAt = plans.findLatestByHub(hub.id()).map(Plan::createdAt).orElse(null);
        return new HubSummary(hub.id(), hub.name(), hub.status(), hub.gridLimitKw(),
                PadReadings.gridDrawKw(pads, readings.latest(pads)),
                charging, waiting, criticalVehicleIds(open), lastReplanAt);
    }

    private static boolean isCharging(ChargingRequest request, Map<String, Node> padsById) {
        Node pad = request.nodeId() == null ? null : padsById.get(request.nodeId());
        return pad != null && pad.status() == NodeStatus.CHARGING;
    }

    private List<String> criticalVehicleIds(List<ChargingRequest> open) {
        return open.stream()
                .filter(this::isCritical)
                .map(ChargingRequest::vehicleId)
                .distinct()
                .sorted()
                .toList();
    }

    boolean isCritical(ChargingRequest request) {
        Optional<Vehicle> vehicle = vehicles.findById(request.vehicleId());
        PriorityClass priority = request.priorityClass() != null
                ? request.priorityClass()
                : vehicle.map(Vehicle::priorityClass).orElse(PriorityClass.NORMAL);
        Double socPercent = vehicle.map(Vehicle::socPercent).orElse(null);
        return priority == PriorityClass.EMERGENCY || (socPercent != null && socPercent < CRITICAL_SOC_PERCENT);
    }
}
