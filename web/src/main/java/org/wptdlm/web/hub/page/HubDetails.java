package org.wptdlm.web.hub.page;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wptdlm.db.event.DlmEventFilter;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.rejected.RejectedMessage;
import org.wptdlm.domain.situation.HubSituation;
import org.wptdlm.domain.situation.OpenRequest;
import org.wptdlm.domain.situation.PadSituation;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.solver.whatif.VehicleBattery;
import org.wptdlm.web.dashboard.ChartJson;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.figures.HubFiguresCalculator;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.LivePlans;
import org.wptdlm.web.plan.PlanCharts;
import org.wptdlm.web.plan.SocChart;

/** Assembles a hub's page: its pads now, its current plan as charts, its recent events and rejected messages. */
@Component
class HubDetails {

    static final int RECENT_EVENTS = 15;
    static final int RECENT_REJECTED = 10;
    /** Rejected messages are not stored per hub: this many of the newest are searched for the hub's topics. */
    private static final int REJECTED_SEARCHED = 200;

    private final HubFiguresCalculator figures;
    private final DlmEventRepository events;
    private final RejectedMessageRepository rejected;
    private final LivePlans livePlans;
    private final ScoreExplainer explainer;
    private final ChartJson chartJson;
    private final Clock clock;

    HubDetails(HubFiguresCalculator figures, DlmEventRepository events, RejectedMessageRepository rejected,
            LivePlans livePlans, ScoreExplainer explainer, ChartJson chartJson, DashboardClock clock) {
        this.figures = figures;
        this.events = events;
        this.rejected = rejected;
        this.livePlans = livePlans;
        this.explainer = explainer;
        this.chartJson = chartJson;
        this.clock = clock.clock();
    }

    Optional<HubView> of(String hubId) {
        return figures.situation(hubId).map(this::view);
    }

    private HubView view(HubSituation situation) {
        Hub hub = situation.hub();
        Optional<CurrentPlan> published = livePlans.of(hub.id());
        Map<String, Vehicle> vehicles = knownVehicles(situation);
        return new HubView(hub, figures.figures(situation), pads(situation, published, vehicles),
                published.map(plan -> planView(plan, vehicles)).orElse(null), recentEvents(hub), recentRejected(hub));
    }

    private List<PadRow> pads(HubSituation situation, Optional<CurrentPlan> published, Map<String, Vehicle> vehicles) {
        Map<String, String> vehicleByPad = HubFiguresCalculator.vehicleByPad(situation);
        Map<String, Double> setpoints = published.map(figures::setpointsInForce).orElse(Map.of());
        return situation.pads().stream().map(padNow -> {
            HubPad pad = padNow.pad();
            PadTelemetry reading = padNow.latestReading();
            String vehicleId = vehicleByPad.get(pad.id());
            Vehicle vehicle = vehicleId == null ? null : vehicles.get(vehicleId);
            Double socPercent = vehicle == null ? null : vehicle.socPercent();
            return new PadRow(pad.id(), pad.status(), pad.maxPowerKw(), vehicleId, socPercent,
                    reading == null ? null : reading.powerKw(),
                    published.isEmpty() ? null : setpoints.getOrDefault(pad.id(), 0.0),
                    reading == null ? null : reading.alignmentPercent(), figures.isCriticalSoc(socPercent));
        }).toList();
    }

    /** The vehicles the stored situation knows: of open requests and of the pads' readings. */
    private static Map<String, Vehicle> knownVehicles(HubSituation situation) {
        Map<String, Vehicle> vehicles = new HashMap<>();
        situation.openRequests().stream().map(OpenRequest::vehicle).filter(Objects::nonNull)
                .forEach(vehicle -> vehicles.put(vehicle.id(), vehicle));
        situation.pads().stream().map(PadSituation::readingVehicle).filter(Objects::nonNull)
                .forEach(vehicle -> vehicles.put(vehicle.id(), vehicle));
        return vehicles;
    }

    private PlanView planView(CurrentPlan published, Map<String, Vehicle> vehicles) {
        PlanCharts charts = new PlanCharts(published.problem(), published.plan().sessions(), clock.getZone());
        SocChart soc = charts.stateOfCharge(batteries(published, vehicles));
        return new PlanView(published.plan().strategy(), published.publishedAt(), published.problem().start(),
                published.problem().start().plus(published.problem().slotDuration().multipliedBy(published.problem().slots())),
                published.plan().kpis(), chartJson.write(charts.gridDraw(clock.instant(), published.gridLimitSteps())), chartJson.write(soc),
                soc.hiddenVehicles(), explainer.explain(published), published.restored());
    }

    private static Map<String, VehicleBattery> batteries(CurrentPlan published, Map<String, Vehicle> vehicles) {
        Map<String, VehicleBattery> batteries = new HashMap<>();
        published.problem().sessions().stream()
                .map(session -> vehicles.get(session.vehicleId()))
                .filter(vehicle -> vehicle != null && vehicle.socPercent() != null)
                .forEach(vehicle -> batteries.put(vehicle.id(),
                        new VehicleBattery(vehicle.batteryCapacityKwh(), vehicle.socPercent())));
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
