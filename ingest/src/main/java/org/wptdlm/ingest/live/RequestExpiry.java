package org.wptdlm.ingest.live;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.request.ChargingRequestStatus;

/**
 * Closes requests whose departure time has passed while the vehicle was still on its pad (no
 * departure was reported), so the planner stops reserving power for them.
 */
@Component
class RequestExpiry {

    private final LiveModel model;
    private final EntityStore entities;
    private final ReplanRequests replans;
    private final Clock clock;

    RequestExpiry(LiveModel model, EntityStore entities, ReplanRequests replans, Clock clock) {
        this.model = model;
        this.entities = entities;
        this.replans = replans;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
    void expire() {
        for (LiveHub hub : model.hubs()) {
            List<String> expired = hub.expireRequests(clock.instant());
            expired.forEach(requestId -> entities.closeRequest(requestId, ChargingRequestStatus.EXPIRED));
            if (!expired.isEmpty()) {
                replans.replan(hub.hubId(), DlmTrigger.VEHICLE_DEPARTURE);
            }
        }
    }
}
