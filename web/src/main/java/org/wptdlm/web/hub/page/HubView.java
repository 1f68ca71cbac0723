package org.wptdlm.web.hub.page;

import java.util.List;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.web.figures.HubFigures;

/** Everything the hub page shows; {@code plan} is null until the live loop published one. */
record HubView(Hub hub, HubFigures summary, List<PadRow> pads, PlanView plan, List<EventRow> events,
        List<EventRow> rejected) {}
