package org.wptdlm.ingest.cluster;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.ingest.live.EntityStore;
import org.wptdlm.ingest.live.ReplanRequests;
import org.wptdlm.ingest.live.RequestOwnerNotices;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.mqtt.RequestNotice;
import org.wptdlm.ingest.mqtt.Topic;

/**
 * Charging requests made through the REST API of an instance that does not own the hub: that
 * instance names the request on {@code wpt-dlm/cluster/requests/{hub}}; the owner reads it from the
 * database (the one copy of the request) into its live model and re-plans. Nothing is sent by a
 * single instance, which owns every hub.
 */
@Component
class RequestHandOver implements RequestOwnerNotices, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RequestHandOver.class);

    private final ClusterSettings settings;
    private final HubOwnership ownership;
    private final MqttConnection mqtt;
    private final EntityStore entities;
    private final ReplanRequests replans;
    private final ExecutorService refreshes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "request-hand-over");
        thread.setDaemon(true);
        return thread;
    });

    RequestHandOver(ClusterSettings settings, HubOwnership ownership, MqttConnection mqtt, EntityStore entities,
            ReplanRequests replans) {
        this.settings = settings;
        this.ownership = ownership;
        this.mqtt = mqtt;
        this.entities = entities;
        this.replans = replans;
    }

    @Override
    public void changed(String hubId, String requestId) {
        if (!settings.enabled() || ownership.owns(hubId)) {
            return;
        }
        mqtt.publish(Topic.requestNotice(hubId), requestId.getBytes(StandardCharsets.UTF_8), false)
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        log.warn("Owner of hub {} not told of request {}: {}", hubId, requestId, failure.toString());
                    }
                });
    }

    /** On the MQTT callback thread: the database read is handed off. */
    @EventListener
    void noticed(RequestNotice notice) {
        if (!ownership.owns(notice.hubId())) {
            return;
        }
        refreshes.execute(() -> {
            entities.refreshRequest(notice.hubId(), notice.requestId());
            replans.replan(notice.hubId(), DlmTrigger.CHARGING_REQUEST);
        });
    }

    @Override
    public void destroy() {
        refreshes.shutdownNow();
    }
}
