package org.wptdlm.web.hub.page;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.web.dashboard.DashboardClock;

/**
 * A hub's page, and the fragments the page re-fetches when the live-update stream says that part changed:
 * {@code live} (figures and pads) on telemetry, {@code plan} (charts) and {@code signals} (the grid-signal
 * schedules) on a new plan, {@code log} on events.
 */
@Controller
class HubPageController {

    private final HubDetails details;
    private final SignalStore signals;
    private final Clock clock;

    HubPageController(HubDetails details, SignalStore signals, DashboardClock clock) {
        this.details = details;
        this.signals = signals;
        this.clock = clock.clock();
    }

    @GetMapping("/hubs/{hubId}")
    String hub(@PathVariable String hubId, Model model) {
        fill(hubId, model);
        return "dashboard/hub";
    }

    @GetMapping("/hubs/{hubId}/{part:live|plan|log|signals}")
    String fragment(@PathVariable String hubId, @PathVariable String part, Model model) {
        fill(hubId, model);
        return "dashboard/hub :: " + part;
    }

    private void fill(String hubId, Model model) {
        model.addAttribute("view", view(hubId));
        model.addAttribute("signals", SignalRow.of(signals.schedules(hubId), clock.instant()));
        model.addAttribute("limitForm", LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }

    private HubView view(String hubId) {
        return details.of(hubId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no hub " + hubId + "."));
    }
}
