package org.wptdlm.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.node.NodeRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.telemetry.NodeTelemetryRepository;
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
    /** A pad's power reading older than this no longer counts towards the hub's current draw. */
    static final Duration FRESH_READING = Duration.ofMinutes(2);

    private final HubRepository hubs;
    private final NodeRepository nodes;
    private final ChargingRequestRepository requests;
    private final VehicleRepository vehicles;
    private final NodeTelemetryRepository telemetry;
    private final PlanRepository plans;
    private final Clock clock;

    HubBoard(HubRepository hubs, NodeRepository nodes, ChargingRequestRepository requests, VehicleRepository vehicles,
            NodeTelemetryRepository telemetry, PlanRepository plans, ObjectProvider<Clock> clock) {
        this.hubs = hubs;
        this.nodes = nodes;
        this.requests = requests;
        this.vehicles = vehicles;
        this.telemetry = telemetry;
        this.plans = plans;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    HubsOverview overview() {
        List<HubSummary> summaries = new ArrayList<>();
        for (Hub hub : hubs.findAll(HubFilter.ALL, new PageQuery(0, PageQuery.MAX_SIZE)).items()) {
            summaries.add(summarize(hub));
        }
        return new HubsOverview(summaries);
    }

    private HubSummary summarize(Hub hub) {
        List<Node> pads = nodes.findAllByHub(hub.id());
        List<ChargingRequest> open = requests.findOpenByHub(hub.id());
        int charging = (int) pads.stream().filter(pad -> pad.status() == NodeStatus.CHARGING).count();
        Map<String, Node> padsById = pads.stream().collect(Collectors.toMap(Node::id, Function.identity()));
        int waiting = (int) open.stream().filter(request -> !isCharging(request, padsById)).count();
        Instant lastReplanAt = plans.findLatestByHub(hub.id()).map(Plan::createdAt).orElse(null);
        return new HubSummary(hub.id(), hub.name(), hub.status(), hub.gridLimitKw(), currentDrawKw(pads),
                charging, waiting, criticalVehicleIds(open), lastReplanAt);
    }

    private static boolean isCharging(ChargingRequest request, Map<String, Node> padsById) {
        Node pad = request.nodeId() == null ? null : padsById.get(request.nodeId());
        return pad != null && pad.status() == NodeStatus.CHARGING;
    }

    /** The grid power of the pads' fresh readings (delivered power over efficiency), or null when no pad reported lately. */
    private Double currentDrawKw(List<Node> pads) {
        TimeRange fresh = new TimeRange(clock.instant().minus(FRESH_READING), null);
        Double drawKw = null;
        for (Node pad : pads) {
            var readings = telemetry.findByNode(pad.hubId(), pad.id(), fresh, 1);
            if (!readings.isEmpty()) {
                drawKw = (drawKw == null ? 0 : drawKw) + pad.gridPowerKw(readings.get(0).powerKw());
            }
        }
        return drawKw;
    }

    private List<String> criticalVehicleIds(List<ChargingRequest> open) {
        return open.stream()
                .filter(this::isCritical)
                .map(ChargingRequest::vehicleId)
                .distinct()
                .sorted()
                .toList();
    }

    private boolean isCritical(ChargingRequest request) {
        Optional<Vehicle> vehicle = vehicles.findById(request.vehicleId());
        PriorityClass priority = request.priorityClass() != null
                ? request.priorityClass()
                : vehicle.map(Vehicle::priorityClass).orElse(PriorityClass.NORMAL);
        Double socPercent = vehicle.map(Vehicle::socPercent).orElse(null);
        return priority == PriorityClass.EMERGENCY || (socPercent != null && socPercent < CRITICAL_SOC_PERCENT);
    }
}
