package org.wptdlm.ingest.replan;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.model.HubModel;
import org.wptdlm.ingest.model.LiveModel;
import org.wptdlm.ingest.model.ReplanSettings;

/**
 * Re-plans every hub on the configured interval, also as a heartbeat for the controllers. With
 * several instances of the service, a per-hub ShedLock (table {@code shedlock}) lets only one of
 * them do a hub's scheduled re-plan in each interval.
 */
@Component
class ScheduledReplanner {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReplanner.class);

    private final LiveModel model;
    private final ReplanCoordinator coordinator;
    private final LockingTaskExecutor locks;
    private final ReplanSettings settings;
    private final Clock clock;

    ScheduledReplanner(LiveModel model, ReplanCoordinator coordinator, LockingTaskExecutor locks,
            ReplanSettings settings, Clock clock) {
        this.model = model;
        this.coordinator = coordinator;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dlm.replan.interval:5m}", initialDelayString = "${dlm.replan.interval:5m}")
    void replanAll() {
        Duration interval = settings.interval();
        for (HubModel hub : model.hubs()) {
            LockConfiguration lock = new LockConfiguration(
                    clock.instant(), "replan-" + hub.hubId(), interval, interval.dividedBy(2));
            try {
                locks.executeWithLock((Runnable) () -> coordinator.replan(hub.hubId(), DlmTrigger.SCHEDULE), lock);
            } catch (RuntimeException e) {
                // The lock lives in the database: without it, re-plan anyway (allocations must keep
                // flowing); with several instances, each may re-plan the hub until the lock is back.
                log.warn("Scheduled re-plan lock for hub {} unavailable ({}); re-planning without it", hub.hubId(),
                        e.toString());
                coordinator.replan(hub.hubId(), DlmTrigger.SCHEDULE);
            }
        }
    }
}
