package org.wptdlm.ingest.replan;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.cluster.HubOwnership;

/**
 * Re-plans every hub this instance owns on the configured interval, also as a heartbeat for the
 * controllers. With several instances each hub has one owner (its lease), so each hub's scheduled
 * re-plan runs once per interval, on its owner.
 */
@Component
class ScheduledReplanner {

    private final HubOwnership ownership;
    private final ReplanCoordinator coordinator;

    ScheduledReplanner(HubOwnership ownership, ReplanCoordinator coordinator) {
        this.ownership = ownership;
        this.coordinator = coordinator;
    }

    @Scheduled(fixedDelayString = "${dlm.replan.interval:5m}", initialDelayString = "${dlm.replan.interval:5m}")
    void replanAll() {
        ownership.ownedHubs().forEach(hubId -> coordinator.replan(hubId, DlmTrigger.SCHEDULE));
    }
}
