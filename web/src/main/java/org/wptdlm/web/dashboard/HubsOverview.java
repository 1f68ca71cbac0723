package org.wptdlm.web.dashboard;

import java.util.List;
import java.util.Objects;
import org.wptdlm.domain.hub.HubStatus;

/** The Hubs page: every hub, trouble first, and the figures across all of them. */
record HubsOverview(List<HubSummary> hubs) {

    HubsOverview {
        hubs = hubs.stream().sorted(HubSummary.TROUBLE_FIRST).toList();
    }

    public long hubsAtLimit() {
        return hubs.stream().filter(hub -> hub.loadLevel() == LoadLevel.AT_LIMIT).count();
    }

    public long hubsOnline() {
        return hubs.stream().filter(hub -> hub.status() == HubStatus.ONLINE).count();
    }

    public int criticalVehicles() {
        return hubs.stream().mapToInt(hub -> hub.criticalVehicleIds().size()).sum();
    }

    public int vehiclesCharging() {
        return hubs.stream().mapToInt(HubSummary::vehiclesCharging).sum();
    }

    public int vehiclesWaiting() {
        return hubs.stream().mapToInt(HubSummary::vehiclesWaiting).sum();
    }

    public double drawKw() {
        return hubs.stream().map(HubSummary::drawKw).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    public double gridLimitKw() {
        return hubs.stream().mapToDouble(HubSummary::gridLimitKw).sum();
    }
}
