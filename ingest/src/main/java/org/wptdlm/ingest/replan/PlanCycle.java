package org.wptdlm.ingest.replan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.signal.SlotSignals;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.cluster.HubOwnership;
import org.wptdlm.ingest.cluster.Lease;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.live.SocExpectation;
import org.wptdlm.ingest.live.VehicleSnapshot;
import org.wptdlm.ingest.publish.AllocationBuilder;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.publish.AllocationSink;
import org.wptdlm.ingest.publish.ChargingHeadroom;
import org.wptdlm.ingest.publish.FallbackLimits;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.solver.Planner;

/**
 * One re-plan of a hub: snapshot the live model, build the problem, publish the greedy plan at once,
 * then let Timefold improve it within the budget on the improvement executor and publish the result
 * if it is better by the configured margin and no newer plan went out meanwhile. When the greedy
 * planner fails, vehicles on pads get their fallback limits. Runs only for a hub this instance owns,
 * and publishes under the lease it started with.
 */
class PlanCycle {

    private static final Logger log = LoggerFactory.getLogger(PlanCycle.class);
    static final String FALLBACK_STRATEGY = "fallback";

    private final LiveModel model;
    private final Planner planner;
    private final AllocationSink publisher;
    private final ReplanSettings settings;
    private final ProblemBuilder problems;
    private final SignalStore signals;
    private final HubOwnership ownership;
    private final Executor improvements;
    private final String publisherId;
    private final Clock clock;
    private final Map<String, AtomicLong> generationByHub = new ConcurrentHashMap<>();
    private final Timer greedyTimer;
    private final Counter corrected;
    private final Counter improvedPublished;

    PlanCycle(LiveModel model, Planner planner, AllocationSink publisher, ReplanSettings settings,
            CriticalityRule criticality, PlanningDepartures departures, SignalStore signals, HubOwnership ownership,
            Executor improvements, String publisherId, Clock clock, MeterRegistry meters) {
        this.model = model;
        this.ownership = ownership;
        this.signals = signals;
        this.planner = planner;
        this.publisher = publisher;
        this.settings = settings;
        this.problems = new ProblemBuilder(settings.slotMinutes(), settings.horizonSlots(), criticality, departures);
        this.improvements = improvements;
        this.publisherId = publisherId;
        this.clock = clock;
        this.greedyTimer = Timer.builder("dlm.replan.greedy")
                .description("Snapshot, greedy plan and publication of one re-plan")
                .register(meters);
        this.corrected = Counter.builder("dlm.allocations.corrected")
                .description("Plans the safety guard had to scale down before publishing")
                .register(meters);
        this.improvedPublished = Counter.builder("dlm.allocations.improved").register(meters);
    }

    void run(String hubId, DlmTrigger trigger) {
        LiveHub liveHub = model.hub(hubId).orElse(null);
        Lease lease = ownership.lease(hubId).filter(Lease::held).orElse(null);
        if (liveHub == null || lease == null) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        HubSnapshot hub = liveHub.snapshot(now);
        if (hub.pads().isEmpty()) {
            return;
        }
        Instant start = ProblemBuilder.start(now);
        SlotSignals slotSignals = signals.slots(hubId, hub.gridLimitKw(), hub.baseLoadKw(), start, settings.slotMinutes(),
                settings.horizonSlots());
        LiveProblem live = new LiveProblem(problems.build(hub, model::vehicle, now, slotSignals),
                slotSignals.gridLimitSteps(start, settings.slotMinutes()));
        PlanningProblem problem = live.problem();
        Plan greedy = hub.telemetryStale(now, settings.staleTelemetryAfter())
                ? staleTelemetryPlan(hub, problem)
                : greedyOrFallback(hub, problem);
        long generation = generationByHub.computeIfAbsent(hubId, id -> new AtomicLong()).incrementAndGet();
        publish(liveHub, lease, hub, live, greedy, trigger, now);
        greedyTimer.record(Duration.ofNanos(System.nanoTime() - started));
        if (!problem.sessions().isEmpty() && !FALLBACK_STRATEGY.equals(greedy.strategy())) {
            improvements.execute(() -> improve(liveHub, lease, hub, live, greedy, trigger, generation));
        }
    }

    private Plan greedyOrFallback(HubSnapshot hub, PlanningProblem problem) {
        try {
            return planner.greedy(problem);
        } catch (RuntimeException e) {
            log.error("Greedy planning of hub {} failed; vehicles on pads get their fallback limits", hub.hubId(), e);
            return fallbackPlan(problem);
        }
    }

    /**
     * The pads have gone silent: the service no longer sees what they draw, so vehicles on pads
     * get no more than their pad's fallback limit, as if the service were silent too.
     */
    private Plan staleTelemetryPlan(HubSnapshot hub, PlanningProblem problem) {
        log.warn("Hub {}: no pad telemetry since {}; planning with the fallback limits", hub.hubId(),
                hub.padTelemetryAt());
        Map<String, Double> fallbackKwByPad = FallbackLimits.of(hub, ChargingHeadroom.lowestKw(hub, problem));
        List<SessionPlan> sessions = problem.sessions().stream()
                .map(session -> new SessionPlan(session.id(), session.padId(), Collections.nCopies(problem.slots(),
                        session.padId() == null ? 0.0
                                : Math.min(session.maxKw(), fallbackKwByPad.getOrDefault(session.padId(), 0.0)))))
                .toList();
        return new Plan(sessions, null, FALLBACK_STRATEGY,
                List.of("pad telemetry silent since " + hub.padTelemetryAt() + ": fallback limits"));
    }

    /** Vehicles on pads at each pad's maximum; the safety guard scales this to the limits. */
    private static Plan fallbackPlan(PlanningProblem problem) {
        Map<String, Double> maxKwByPad = new HashMap<>();
        problem.pads().forEach(pad -> maxKwByPad.put(pad.id(), pad.maxKw()));
        List<SessionPlan> sessions = problem.sessions().stream()
                .map(session -> new SessionPlan(session.id(), session.padId(), Collections.nCopies(problem.slots(),
                        session.padId() == null ? 0.0 : Math.min(session.maxKw(), maxKwByPad.get(session.padId())))))
                .toList();
        return new Plan(sessions, null, FALLBACK_STRATEGY, List.of("greedy planning failed"));
    }

    private void publish(LiveHub liveHub, Lease lease, HubSnapshot hub, LiveProblem live, Plan plan,
            DlmTrigger trigger, Instant now) {
        PlanningProblem problem = live.problem();
        AllocationBuilder.Built built = AllocationBuilder.build(hub, problem, live.gridLimitSteps(), plan, trigger,
                publisherId, now, settings.interval().multipliedBy(2));
        if (!built.corrections().isEmpty()) {
            corrected.increment();
            log.error("Plan {} for hub {} broke limits; published scaled down: {}",
                    plan.strategy(), hub.hubId(), built.corrections());
        }
        AllocationEvent published = publisher.publish(liveHub, lease, built.event(), problem, plan, trigger);
        if (published == null) {
            return;
        }
        expectSocs(hub.hubId(), problem, plan);
        log.debug("Hub {} re-planned ({}, {}): allocation #{}", hub.hubId(), trigger, plan.strategy(), published.sequence());
    }

    private void expectSocs(String hubId, PlanningProblem problem, Plan plan) {
        Map<String, SessionPlan> byId = new HashMap<>();
        plan.sessions().forEach(sessionPlan -> byId.put(sessionPlan.id(), sessionPlan));
        for (Session session : problem.sessions()) {
            SessionPlan sessionPlan = byId.get(session.id());
            VehicleSnapshot vehicle = model.vehicle(session.vehicleId()).orElse(null);
            if (sessionPlan == null || vehicle == null || vehicle.socPercent() == null) {
                continue;
            }
            model.expectSoc(session.vehicleId(), new SocExpectation(hubId, problem.start(), problem.slotMinutes(),
                    vehicle.socPercent(), vehicle.batteryCapacityKwh(), sessionPlan.kwBySlot()));
        }
    }

    private void improve(LiveHub liveHub, Lease lease, HubSnapshot hub, LiveProblem live, Plan greedy,
            DlmTrigger trigger, long generation) {
        PlanningProblem problem = live.problem();
        try {
            Plan improved = planner.improve(problem, greedy, settings.improvementBudget());
            if (!isCurrent(hub.hubId(), generation)
                    || !Planner.replaces(problem, improved, greedy, settings.improvementMarginPercent())) {
                return;
            }
            improvedPublished.increment();
            publish(liveHub, lease, hub, live, improved, trigger, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Improving the plan of hub {} failed; the greedy plan stays: {}", hub.hubId(), e.toString());
        }
    }

    private boolean isCurrent(String hubId, long generation) {
        return generationByHub.get(hubId).get() == generation;
    }
}
