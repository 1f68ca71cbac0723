package org.wptdlm.web.hub.overview;

import java.util.List;
import java.util.Objects;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.web.figures.HubFigures;
import org.wptdlm.web.figures.LoadLevel;

/**
 * The Hubs page: every hub, trouble first, and the figures across all of them; the table shows one page
 * of {@value #ROWS_PER_PAGE} hubs (writing 500 rows would cost more than the query that reads them).
 *
 * @param page the page of the table shown, from 0
 */
record HubsOverview(List<HubFigures> hubs, int page) {

    static final int ROWS_PER_PAGE = 100;

    HubsOverview {
        hubs = hubs.stream().sorted(HubFigures.TROUBLE_FIRST).toList();
        page = Math.max(0, Math.min(page, pageCount(hubs.size()) - 1));
    }

    HubsOverview(List<HubFigures> hubs) {
        this(hubs, 0);
    }

    /** The hubs of the page shown, trouble first. */
    public List<HubFigures> rows() {
        return hubs.subList(Math.min(hubs.size(), page * ROWS_PER_PAGE), Math.min(hubs.size(), (page + 1) * ROWS_PER_PAGE));
    }

    public int pages() {
        return pageCount(hubs.size());
    }

    /** The position of the page's first hub in the whole list, from 1. */
    public int firstRow() {
        return page * ROWS_PER_PAGE + 1;
    }

    private static int pageCount(int hubCount) {
        return Math.max(1, (hubCount + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
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
