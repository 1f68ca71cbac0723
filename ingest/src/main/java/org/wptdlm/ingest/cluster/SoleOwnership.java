package org.wptdlm.ingest.cluster;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;

/**
 * The single instance ({@code dlm.cluster.enabled=false}) owns every hub without asking the
 * database, so it plans and publishes through a database outage as before. Its epoch is its start
 * time in milliseconds: above that of any earlier run, and of the epochs a cluster numbered before
 * (which never fall below the time of their acquisition).
 */
public final class SoleOwnership implements HubOwnership {

    private final String instanceId;
    private final long epoch;
    private final LiveModel model;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    public SoleOwnership(ClusterSettings settings, LiveModel model, Clock clock) {
        this.instanceId = settings.instanceId();
        this.epoch = clock.millis();
        this.model = model;
    }

    @Override
    public Optional<Lease> lease(String hubId) {
        return Optional.of(leases.computeIfAbsent(hubId, id -> Lease.permanent(id, epoch, instanceId)));
    }

    @Override
    public Set<String> ownedHubs() {
        return Set.copyOf(model.hubs().stream().map(LiveHub::hubId).toList());
    }

    @Override
    public String instanceId() {
        return instanceId;
    }
}
