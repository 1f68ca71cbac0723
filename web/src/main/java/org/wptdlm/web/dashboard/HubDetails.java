package org.wptdlm.web.dashboard;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wptdlm.db.event.DlmEventFilter;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.node.NodeRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.rejected.RejectedMessage;
import org.wptdlm.domain.telemetry.NodeTelemetry;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.solver.whatif.VehicleBattery;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.LivePlans;

/** Assembles a hub's page: its pads now, its current plan as charts, its recent events and rejected messages. */
@Component
class HubDetails {

    static final int RECENT_EVENTS = 15;
    static final int RECENT_REJECTED = 10;
    /** Rejected messages are not stored per hub: this many of the newest are searched for the hub's topics. */
    private static final int REJECTED_SEARCHED = 200;

    private final HubRepository hubs;
    private final NodeRepository nodes;
    private final ChargingRequestRepository requests;
    private final VehicleRepository vehicles;
    private final DlmEventRepository events;
    private final RejectedMessageRepository rejected;
    private final PadReadings readings;
    private final HubBoard board;
    private final LivePlans livePlans;
    private final ScoreExplainer explainer;
    private final ChartJson chartJson;
    private final Clock clock;

    HubDetails(HubRepository hubs, NodeRepository nodes, ChargingRequestRepository requests, VehicleRepository vehicles,
            DlmEventRepository events, RejectedMessageRepository rejected, PadReadings readings, HubBoard board,
            LivePlans livePlans, ScoreExplainer explainer, ChartJson chartJson, DashboardClock clock) {
        this.hubs = hubs;
        this.nodes = nodes;
        this.requests = requests;
        this.vehicles = vehicles;
        this.events = events;
        this.rejected = rejected;
        this.readings = readings;
        this.board = board;
        this.livePlans = livePlans;
        this.explainer = explainer;
        this.chartJson = chartJson;
        this.clock = clock.clock();
    }

    Optional<HubView> of(String hubId) {
        return hubs.findById(hubId).map(this::view);
    }

    private HubView view(Hub hub) {
        Optional<CurrentPlan> published = livePlans.of(hub.id());
        return new HubView(hub, board.summary(hub), pads(hub, published), published.map(this::planView).orElse(null),
                recentEvents(hub), recentRejected(hub));
    }

    private List<PadRow> pads(Hub hub, Optional<CurrentPlan> published) {
        List<Node> pads = nodes.findAllByHub(hub.id());
        Map<String, NodeTelemetry> latest = readings.latest(pads);
        Map<String, String> vehicleByPad = new HashMap<>();
        requests.findOpenByHub(hub.id()).stream()
                .filter(request -> request.nodeId() != null)
                .forEach(request -> vehicleByPad.put(request.nodeId(), request.vehicleId()));
        Map<String, Double> setpoints = published.map(this::setpointsByPad).orElse(Map.of());
        return pads.stream().map(pad -> {
            NodeTelemetry reading = latest.get(pad.id());
            String vehicleId = reading != null && reading.vehicleId() != null ? reading.vehicleId() : vehicleByPad.get(pad.id());
            Double socPercent = vehicleId == null ? null : vehicles.findById(vehicleId).map(Vehicle::socPercent).orElse(null);
            return new PadRow(pad.id(), pad.status(), pad.maxPowerKw(), vehicleId, socPercent,
                    reading == null ? null : reading.powerKw(),
                    published.isEmpty() ? null : setpoints.getOrDefault(pad.id(), 0.0),
                    reading == null ? null : reading.alignmentPercent());
        }).toList();
    }

    /** The power each pad is to deliver in the present slot. */
    private Map<String, Double> setpointsByPad(CurrentPlan published) {
        Integer slot = PlanCharts.slotAt(published.problem(), clock.instant());
        Map<String, Double> setpoints = new HashMap<>();
        if (slot == null) {
            return setpoints;
        }
        for (SessionPlan session : published.plan().sessions()) {
            if (session.padId() != null) {
                setpoints.merge(session.padId(), session.kw(slot), Double::sum);
            }
        }
        return setpoints;
    }

    private PlanView planView(CurrentPlan published) {
        PlanCharts charts = new PlanCharts(published.problem(), published.plan().sessions(), clock.getZone());
        SocChart soc = charts.stateOfCharge(batteries(published));
        return new PlanView(published.plan().strategy(), published.publishedAt(), published.problem().start(),
                published.problem().start().plus(published.problem().slotDuration().multipliedBy(published.problem().slots())),
                published.plan().kpis(), chartJson.write(charts.gridDraw(clock.instant())), chartJson.write(soc),
                soc.hiddenVehicles(), explainer.explain(published));
    }

    private Map<String, VehicleBattery> batteries(CurrentPlan published) {
        Map<String, VehicleBattery> batteries = new HashMap<>();
        published.problem().sessions().forEach(session -> vehicles.findById(session.vehicleId())
                .filter(vehicle -> vehicle.socPercent() != null)
                .ifPresent(vehicle -> batteries.put(vehicle.id(),
                        new VehicleBattery(vehicle.batteryCapacityKwh(), vehicle.socPercent()))));
        return batteries;
    }

    private List<EventRow> recentEvents(Hub hub) {
        return events.findByHub(hub.id(), DlmEventFilter.ALL, new PageQuery(0, RECENT_EVENTS)).items().stream()
                .map(HubDetails::eventRow)
                .toList();
    }

    private static EventRow eventRow(DlmEvent event) {
        String title = switch (event.type()) {
            case ALLOCATION -> "Allocation #" + event.sequence() + " published";
            case GRID_LIMIT_CHANGED -> "Grid limit changed";
            case NODE_FAULT -> "Pad fault";
            case NODE_RECOVERED -> "Pad recovered";
            case FALLBACK_ACTIVATED -> "Fallback limit active";
        };
        String tone = switch (event.type()) {
            case ALLOCATION, NODE_RECOVERED -> "info";
            case GRID_LIMIT_CHANGED -> "warn";
            case NODE_FAULT, FALLBACK_ACTIVATED -> "bad";
        };
        StringBuilder detail = new StringBuilder("by " + event.source().name().toLowerCase(Locale.ROOT));
        if (event.trigger() != null) {
            detail.append(", after ").append(event.trigger().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (event.planId() != null) {
            detail.append(", plan ").append(event.planId());
        }
        return new EventRow(event.createdAt(), tone, title, detail.toString());
    }

    private List<EventRow> recentRejected(Hub hub) {
        String hubTopics = "iot/hubs/" + hub.id() + "/";
        return rejected.findAll(TimeRange.ALL, new PageQuery(0, REJECTED_SEARCHED)).items().stream()
                .filter(message -> message.topic().startsWith(hubTopics))
                .limit(RECENT_REJECTED)
                .map(HubDetails::rejectedRow)
                .toList();
    }

    private static EventRow rejectedRow(RejectedMessage message) {
        return new EventRow(message.receivedAt(), "bad", message.reason(), message.topic());
    }

}
