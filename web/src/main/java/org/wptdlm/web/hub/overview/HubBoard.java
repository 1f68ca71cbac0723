package org.wptdlm.web.hub.overview;

import org.springframework.stereotype.Component;
import org.wptdlm.web.figures.HubFiguresCalculator;

/** Assembles the Hubs page from every hub's figures (one database query for the whole page). */
@Component
class HubBoard {

    private final HubFiguresCalculator figures;

    HubBoard(HubFiguresCalculator figures) {
        this.figures = figures;
    }

    HubsOverview overview(int page) {
        return new HubsOverview(figures.all(), page);
    }
}
