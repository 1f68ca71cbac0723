package org.wptdlm.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;
import org.wptdlm.ingest.payload.HubEventMessage;

/**
 * Turns a plan into the allocation event for its hub: power per pad now and per slot ahead, passed
 * through the {@link SafetyGuard}, with the fallback limits. Pure.
 */
public final class AllocationBuilder {

    /** The allocation and the corrections the safety guard made (empty when the plan kept every limit). */
    public record Built(AllocationEvent event, List<String> corrections) {}

    private AllocationBuilder() {}

    /**
     * @param gridLimitSteps the binding grid limit of the problem's slots and the source of each
     * @param validity how long the allocation holds without a newer one before the controller falls back
     */
    public static Built build(HubSnapshot hub, PlanningProblem problem, List<GridLimitStep> gridLimitSteps, Plan plan,
            DlmTrigger trigger, String publisherId, Instant now, Duration validity) {
        Map<String, double[]> plannedKwByPad = new HashMap<>();
        Map<String, String> vehicleByPad = new HashMap<>();
        Map<String, Session> sessions = new HashMap<>();
        problem.sessions().forEach(session -> sessions.put(session.id(), session));
        for (SessionPlan sessionPlan : plan.sessions()) {
            if (sessionPlan.padId() == null) {
                continue;
            }
            double[] kw = plannedKwByPad.computeIfAbsent(sessionPlan.padId(), id -> new double[problem.slots()]);
            for (int t = 0; t < problem.slots() && t < sessionPlan.kwBySlot().size(); t++) {
                Double slotKw = sessionPlan.kwBySlot().get(t);
                kw[t] += slotKw == null ? Double.NaN : slotKw;
            }
            Session session = sessions.get(sessionPlan.id());
            if (session != null) {
                vehicleByPad.merge(sessionPlan.padId(), session.vehicleId(), (first, later) -> session.padId() != null
                        ? session.vehicleId()
                        : first);
            }
        }
        SafetyGuard.Guarded guarded = SafetyGuard.guard(hub, ChargingHeadroom.bySlotKw(hub, problem), plannedKwByPad);
        Map<String, Double> fallbackKw = FallbackLimits.of(hub, ChargingHeadroom.lowestKw(hub, problem));
        List<AllocationEvent.Setpoint> setpoints = new ArrayList<>();
        List<AllocationEvent.PadSchedule> schedule = new ArrayList<>();
        for (PadSnapshot pad : hub.pads()) {
            double[] kw = guarded.kwByPad().get(pad.padId());
            String vehicleId = pad.vehicleId() != null ? pad.vehicleId() : vehicleByPad.get(pad.padId());
            double nowKw = kw.length == 0 ? 0 : kw[0];
            setpoints.add(new AllocationEvent.Setpoint(pad.padId(), vehicleId, nowKw,
                    Math.floor(nowKw / pad.efficiency() * 1000) / 1000,
                    Math.floor(fallbackKw.getOrDefault(pad.padId(), 0.0) * 1000) / 1000));
            if (Arrays.stream(kw).anyMatch(value -> value > 0)) {
                schedule.add(new AllocationEvent.PadSchedule(pad.padId(), vehicleId, Arrays.stream(kw).boxed().toList()));
            }
        }
        AllocationEvent event = new AllocationEvent(HubEventMessage.SERVICE_SOURCE, "ALLOCATION", publisherId,
                null, null, hub.hubId(), null, null, trigger.name(), plan.strategy(), now, problem.start(), problem.slotMinutes(),
                now.plus(validity), problem.hub().limitKw(0), problem.hub().baseLoadKw(0), gridLimitSteps, setpoints,
                schedule);
        return new Built(event, guarded.corrections());
    }
}
