package org.wptdlm.web.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.situation.HubSituationRepository;
import org.wptdlm.domain.planning.Kpis;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.situation.HubSituation;
import org.wptdlm.domain.situation.PadSituation;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.LivePlans;

/**
 * Computes every hub figure shown anywhere (Hubs page, hub page, REST API) from the stored situation
 * of the hub, read in one query however many hubs, and the plan it follows now.
 */
@Component
public class HubFiguresCalculator {

    /** A reading older than this no longer says what a pad does now. */
    public static final Duration FRESH_READING = Duration.ofMinutes(2);

    private final HubSituationRepository situations;
    private final LivePlans livePlans;
    private final Clock clock;
    private final CriticalityRule criticality;
    private final LiveModel model;
    private final ReplanSettings replan;

    public HubFiguresCalculator(HubSituationRepository situations, LivePlans livePlans, Clock clock,
            CriticalityRule criticality, LiveModel model, ReplanSettings replan) {
        this.situations = situations;
        this.livePlans = livePlans;
        this.clock = clock;
        this.criticality = criticality;
        this.model = model;
        this.replan = replan;
    }

    /** Whether a state of charge alone makes a vehicle critical (the hub page marks it red). */
    public boolean isCriticalSoc(Double socPercent) {
        return criticality.isLowSoc(socPercent);
    }

    /** Every hub (up to a page of {@value PageQuery#MAX_SIZE}), by id. */
    public List<HubFigures> all() {
        return situations.findAll(freshSince(), new PageQuery(0, PageQuery.MAX_SIZE)).stream().map(this::figures).toList();
    }

    public Optional<HubSituation> situation(String hubId) {
        return situations.findById(hubId, freshSince());
    }

    public HubFigures figures(HubSituation situation) {
        Optional<CurrentPlan> plan = livePlans.of(situation.hub().id());
        Map<String, Double> setpoints = plan.map(this::setpointsInForce).orElse(Map.of());
        Set<String> vehiclesCharging = new HashSet<>();
        int padsCharging = 0;
        Map<String, String> vehicleByPad = vehicleByPad(situation);
        for (PadSituation pad : situation.pads()) {
            String vehicleId = vehicleByPad.get(pad.pad().id());
            if (vehicleId != null && isCharging(pad, setpoints.getOrDefault(pad.pad().id(), 0.0))) {
                padsCharging++;
                vehiclesCharging.add(vehicleId);
            }
        }
        int waiting = (int) situation.openRequests().stream()
                .filter(open -> !vehiclesCharging.contains(open.request().vehicleId()))
                .count();
        List<String> critical = situation.openRequests().stream()
                .filter(open -> open.isCritical(criticality))
                .map(open -> open.request().vehicleId())
                .distinct()
                .sorted()
                .toList();
        return new HubFigures(situation.hub().id(), situation.hub().name(), situation.hub().status(),
                situation.hub().gridLimitKw(), gridDrawKw(situation.pads()), padsCharging, waiting, critical,
                situation.lastPlanAt(), plan.map(current -> deliveredPercent(current.plan().kpis())).orElse(null),
                telemetryStaleSince(situation.hub().id()));
    }

    /** When the hub's pads last reported, if the live loop now plans it at its fallback limits for their silence. */
    private Instant telemetryStaleSince(String hubId) {
        return model.hub(hubId)
                .flatMap(hub -> hub.telemetryStaleSince(clock.instant(), replan.staleTelemetryAfter()))
                .orElse(null);
    }

    /** Charging: power flows, or a setpoint above zero is in force. */
    static boolean isCharging(PadSituation pad, double setpointKw) {
        PadTelemetry reading = pad.latestReading();
        return (reading != null && reading.powerKw() > 0) || setpointKw > 0;
    }

    /** The vehicle on each pad: the one its fresh reading names, else the one whose open request names the pad. */
    public static Map<String, String> vehicleByPad(HubSituation situation) {
        Map<String, String> vehicleByPad = new HashMap<>();
        situation.openRequests().stream()
                .filter(open -> open.request().padId() != null)
                .forEach(open -> vehicleByPad.put(open.request().padId(), open.request().vehicleId()));
        for (PadSituation pad : situation.pads()) {
            PadTelemetry reading = pad.latestReading();
            if (reading != null && reading.vehicleId() != null) {
                vehicleByPad.put(pad.pad().id(), reading.vehicleId());
            } else if (reading != null && !reading.vehiclePresent()) {
                vehicleByPad.remove(pad.pad().id());
            }
        }
        return vehicleByPad;
    }

    /** The power each pad is to deliver in the plan's present slot (the setpoint in force). */
    public Map<String, Double> setpointsInForce(CurrentPlan published) {
        Integer slot = slotAt(published.problem(), clock.instant());
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

    /** The slot of the horizon that {@code now} falls in, or null before or after the horizon. */
    public static Integer slotAt(PlanningProblem problem, Instant now) {
        if (now.isBefore(problem.start())) {
            return null;
        }
        long slot = Duration.between(problem.start(), now).toMinutes() / problem.slotMinutes();
        return slot < problem.slots() ? (int) slot : null;
    }

    /** The grid power behind the fresh readings (delivered power over efficiency), or null when no pad reported lately. */
    static Double gridDrawKw(List<PadSituation> pads) {
        Double drawKw = null;
        for (PadSituation pad : pads) {
            if (pad.latestReading() != null) {
                drawKw = (drawKw == null ? 0 : drawKw) + pad.pad().gridPowerKw(pad.latestReading().powerKw());
            }
        }
        return drawKw;
    }

    /** The share of requested energy a plan delivers, 0–100, or null when nothing is requested. */
    public static Double deliveredPercent(Kpis kpis) {
        if (kpis == null || kpis.energyRequestedKwh() <= 0) {
            return null;
        }
        return 100 * kpis.energyDeliveredKwh() / kpis.energyRequestedKwh();
    }

    private Instant freshSince() {
        return clock.instant().minus(FRESH_READING);
    }
}
