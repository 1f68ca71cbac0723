package org.wptdlm.web.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for open dashboard pages. Telemetry can arrive thousands of times a second, so a
 * change is only marked here and pushed once per push interval: a page then re-fetches the fragment it
 * shows, instead of receiving every sample. The overview page hears of every hub ({@code hubs} event,
 * data = the changed hub ids); a hub page hears only of its own hub, one event per kind of change.
 * Streams are closed first on shutdown: an open stream would otherwise hold up the web server's
 * graceful shutdown until it timed out.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    static final String OVERVIEW_EVENT = "hubs";
    /** Browsers reconnect by themselves when a stream ends, so a bounded lifetime costs nothing and frees stale requests. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, Set<HubChange>> pending = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final DashboardProperties properties;
    private final TaskScheduler scheduler;

    LiveUpdates(DashboardProperties properties, TaskScheduler scheduler) {
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        schedules.add(scheduler.scheduleWithFixedDelay(this::push, properties.pushInterval()));
        schedules.add(scheduler.scheduleWithFixedDelay(this::heartbeat, properties.heartbeatInterval()));
    }

    @Override
    public void stop() {
        schedules.forEach(schedule -> schedule.cancel(false));
        schedules.clear();
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return !schedules.isEmpty();
    }

    /** Opens a stream for a page: the overview when {@code hubId} is null, otherwise one hub's page. */
    SseEmitter subscribe(String hubId) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber subscriber = new Subscriber(emitter, hubId);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        // The first bytes commit the response, so the browser sees the stream open at once.
        send(subscriber, SseEmitter.event().comment("connected"));
        return emitter;
    }

    /** Marks a hub as changed; open pages hear of it at the next push. Cheap and non-blocking: called on ingest threads. */
    void hubChanged(String hubId, HubChange change) {
        pending.compute(hubId, (id, changes) -> {
            Set<HubChange> merged = changes == null ? EnumSet.noneOf(HubChange.class) : changes;
            merged.add(change);
            return merged;
        });
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** Sends what changed since the last push. */
    void push() {
        Map<String, Set<HubChange>> changes = drainPending();
        if (changes.isEmpty()) {
            return;
        }
        String changedHubIds = String.join(",", new TreeSet<>(changes.keySet()));
        for (Subscriber subscriber : subscribers) {
            if (subscriber.hubId() == null) {
                send(subscriber, SseEmitter.event().name(OVERVIEW_EVENT).data(changedHubIds));
                continue;
            }
            for (HubChange change : changes.getOrDefault(subscriber.hubId(), Set.of())) {
                send(subscriber, SseEmitter.event().name(change.eventName()).data(subscriber.hubId()));
            }
        }
    }

    private Map<String, Set<HubChange>> drainPending() {
        Map<String, Set<HubChange>> drained = new HashMap<>();
        for (String hubId : Set.copyOf(pending.keySet())) {
            Set<HubChange> changes = pending.remove(hubId);
            if (changes != null) {
                drained.put(hubId, changes);
            }
        }
        return drained;
    }

    void heartbeat() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("keep-alive")));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException closed) {
            // The browser went away; the container completes the emitter itself, we only stop writing to it.
            log.debug("Live-update stream for hub {} closed: {}", subscriber.hubId(), closed.getMessage());
            subscribers.remove(subscriber);
        }
    }

    private record Subscriber(SseEmitter emitter, String hubId) {}
}
