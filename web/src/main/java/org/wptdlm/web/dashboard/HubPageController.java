package org.wptdlm.web.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A hub's page, and the fragments the page re-fetches when the live-update stream says that part changed:
 * {@code live} (figures and pads) on telemetry, {@code plan} (charts) on a new plan, {@code log} on events.
 */
@Controller
class HubPageController {

    private final HubDetails details;

    HubPageController(HubDetails details) {
        this.details = details;
    }

    @GetMapping("/hubs/{hubId}")
    String hub(@PathVariable String hubId, Model model) {
        model.addAttribute("view", view(hubId));
        return "dashboard/hub";
    }

    @GetMapping("/hubs/{hubId}/{part:live|plan|log}")
    String fragment(@PathVariable String hubId, @PathVariable String part, Model model) {
        model.addAttribute("view", view(hubId));
        return "dashboard/hub :: " + part;
    }

    private HubView view(String hubId) {
        return details.of(hubId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no hub " + hubId + "."));
    }
}
