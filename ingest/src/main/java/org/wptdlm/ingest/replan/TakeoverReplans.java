package org.wptdlm.ingest.replan;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.cluster.HubLeaseAcquired;
import org.wptdlm.ingest.live.EntityStore;

/**
 * A hub this instance has just taken over gets what only the database knows (open requests stored
 * through another instance, its event numbering) and a fresh allocation at once. Off the ownership
 * thread, so database reads never delay lease renewals.
 */
@Component
class TakeoverReplans implements DisposableBean {

    private final EntityStore entities;
    private final ReplanCoordinator coordinator;
    private final ExecutorService takeovers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hub-takeover");
        thread.setDaemon(true);
        return thread;
    });

    TakeoverReplans(EntityStore entities, ReplanCoordinator coordinator) {
        this.entities = entities;
        this.coordinator = coordinator;
    }

    @EventListener
    void acquired(HubLeaseAcquired acquired) {
        takeovers.execute(() -> {
            entities.refreshOwnedHub(acquired.hubId());
            coordinator.replan(acquired.hubId(), DlmTrigger.OWNER_CHANGE);
        });
    }

    @Override
    public void destroy() {
        takeovers.shutdownNow();
    }
}
