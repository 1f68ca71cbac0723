package org.wptdlm.ingest.live;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.mqtt.IngestWorker;

/**
 * Fills the live model from the database before intake starts (hubs, their pads, circuits, open
 * requests and vehicles, and where each hub's DLM event numbering stands), so no lookup of a known
 * hub on the hot path waits for the database. Each hub is re-planned once the MQTT connection is
 * up ({@code replan.ReplanOnConnect}).
 */
@Component
class LiveModelLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveModelLoader.class);

    private final EntityStore entities;
    private volatile boolean running;

    LiveModelLoader(EntityStore entities) {
        this.entities = entities;
    }

    @Override
    public void start() {
        List<String> hubIds = entities.loadAllHubs();
        log.info("Live model loaded {} hubs from the database", hubIds.size());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Before the ingest worker and the MQTT connection.
        return IngestWorker.PHASE - 500;
    }
}
