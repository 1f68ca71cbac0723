package org.wptdlm.web.dashboard;

import java.util.List;
import org.springframework.stereotype.Component;

/** Assembles the Hubs page from the hub store and the live model. */
@Component
class HubBoard {

    HubsOverview overview() {
        return new HubsOverview(List.of());
    }
}
