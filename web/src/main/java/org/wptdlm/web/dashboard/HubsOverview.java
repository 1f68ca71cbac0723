package org.wptdlm.web.dashboard;

import java.util.List;
import java.util.Objects;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.web.figures.HubFigures;
import org.wptdlm.web.figures.LoadLevel;

/** The Hubs page: every hub, trouble first, and the figures across all of them. */
record HubsOverview(List<HubFigures> hubs) {

    HubsOverview {
        hubs = hubs.stream().sorted(HubFigures.TROUBLE_FIRST).toList();
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
        return hubs.stream().mapToInt(HubFigures::vehiclesCharging).sum();
    }

    public int vehiclesWaiting() {
        return hubs.stream().mapToInt(HubFigures::vehiclesWaiting).sum();
    }

    public double drawKw() {
        return hubs.stream().map(HubFigures::drawKw).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    public double gridLimitKw() {
        return hubs.stream().mapToDouble(HubFigures::gridLimitKw).sum();
    }
}
