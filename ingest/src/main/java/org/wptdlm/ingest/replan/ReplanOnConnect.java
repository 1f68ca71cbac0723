package org.wptdlm.ingest.replan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.mqtt.MqttConnected;

/**
 * Re-plans every known hub when the MQTT connection comes up: after a start, plans and retained
 * allocations are current within one re-plan instead of the next scheduled one; after a broker
 * restart, a broker that lost its retained messages gets them again.
 */
@Component
class ReplanOnConnect {

    private final LiveModel model;
    private final ReplanCoordinator coordinator;

    ReplanOnConnect(LiveModel model, ReplanCoordinator coordinator) {
        this.model = model;
        this.coordinator = coordinator;
    }

    @EventListener
    void connected(MqttConnected connected) {
        for (LiveHub hub : model.hubs()) {
            coordinator.replan(hub.hubId(), DlmTrigger.HUB_RECONNECT);
        }
    }
}
