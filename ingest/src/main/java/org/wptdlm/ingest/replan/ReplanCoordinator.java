package org.wptdlm.ingest.replan;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.cluster.HubOwnership;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.ReplanRequests;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.mqtt.MqttProperties;
import org.wptdlm.ingest.publish.AllocationSink;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.solver.Planner;

/**
 * Debounces re-planning per hub: the first trigger is planned at once (a charging request must see
 * its allocation within milliseconds); triggers arriving while a re-plan runs, or within the
 * debounce time after it started, are combined into one re-plan when that time is up. Re-plans of
 * one hub never overlap; different hubs are planned in parallel on a small pool. Timefold
 * improvements run on a bounded pool: when it is saturated the oldest waiting improvement is
 * dropped, since a newer plan of that hub supersedes it anyway. With several instances, a hub is
 * re-planned only by its owner; triggers for other hubs are dropped (their owner sees the same
 * messages, telemetry aside: see docs/scaling.md).
 */
@Component
public class ReplanCoordinator implements ReplanRequests, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplanCoordinator.class);
    private static final int PLANNING_THREADS = 2;
    private static final int IMPROVEMENTS_WAITING = 16;

    private final ScheduledExecutorService planning;
    private final ThreadPoolExecutor improving;
    private final PlanCycle cycle;
    private final Duration debounce;
    private final Map<String, HubTurn> turns = new ConcurrentHashMap<>();
    private final HubOwnership ownership;

    public ReplanCoordinator(LiveModel model, Planner planner, AllocationSink publisher, ReplanSettings settings,
            CriticalityRule criticality, PlanningDepartures departures, SignalStore signals, HubOwnership ownership,
            MqttProperties mqtt, Clock clock, MeterRegistry meters) {
        this.ownership = ownership;
        this.planning = Executors.newScheduledThreadPool(PLANNING_THREADS, named("replan"));
        this.improving = new ThreadPoolExecutor(settings.improvementThreads(), settings.improvementThreads(),
                0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(IMPROVEMENTS_WAITING), named("replan-improve"),
                new ThreadPoolExecutor.DiscardOldestPolicy());
        this.cycle = new PlanCycle(model, planner, publisher, settings, criticality, departures, signals, ownership, improving,
                mqtt.clientId(), clock, meters);
        this.debounce = settings.debounce();
    }

    /** Whether a hub's re-plans are running, pending, and when the last one started. */
    private static final class HubTurn {
        final String hubId;
        boolean running;
        DlmTrigger pending;
        long lastStartNanos = System.nanoTime() - Long.MAX_VALUE / 2;

        HubTurn(String hubId) {
            this.hubId = hubId;
        }
    }

    @Override
    public void replan(String hubId, DlmTrigger trigger) {
        if (!ownership.owns(hubId)) {
            return;
        }
        HubTurn turn = turns.computeIfAbsent(hubId, HubTurn::new);
        synchronized (turn) {
            if (turn.pending != null) {
                return;
            }
            turn.pending = trigger;
            if (!turn.running) {
                schedule(turn);
            }
        }
    }

    /** Called holding the turn's lock. */
    private void schedule(HubTurn turn) {
        long waitNanos = Math.max(0, turn.lastStartNanos + debounce.toNanos() - System.nanoTime());
        planning.schedule(() -> run(turn), waitNanos, TimeUnit.NANOSECONDS);
    }

    private void run(HubTurn turn) {
        DlmTrigger trigger;
        synchronized (turn) {
            trigger = turn.pending;
            turn.pending = null;
            turn.running = true;
            turn.lastStartNanos = System.nanoTime();
        }
        try {
            cycle.run(turn.hubId, trigger);
        } catch (RuntimeException e) {
            log.error("Re-planning hub {} ({}) failed", turn.hubId, trigger, e);
        } finally {
            synchronized (turn) {
                turn.running = false;
                if (turn.pending != null) {
                    schedule(turn);
                }
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        planning.shutdownNow();
        improving.shutdownNow();
    }
}
