package org.wptdlm.web.hub.page;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSources;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.signal.SignalScheduleBody;
import org.wptdlm.web.system.InvalidInputException;

/**
 * The hub page's operator limit: one window of a lower grid limit (source {@code operator}), set or
 * removed from the page; checked by the same rules as {@code PUT /api/hubs/{hubId}/signals/limits}.
 */
@Controller
class HubSignalsController {

    private final SignalStore signals;
    private final HubService hubs;
    private final Clock clock;

    HubSignalsController(SignalStore signals, HubService hubs, DashboardClock clock) {
        this.signals = signals;
        this.hubs = hubs;
        this.clock = clock.clock();
    }

    @PostMapping("/hubs/{hubId}/signals/limits")
    String setLimit(@PathVariable String hubId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam double limitKw,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validUntil,
            RedirectAttributes redirect) {
        hubs.requireExists(hubId);
        ZoneId zone = clock.getZone();
        SignalScheduleBody body = new SignalScheduleBody(
                List.of(new SignalScheduleBody.Interval(from.atZone(zone).toInstant(), to.atZone(zone).toInstant(), limitKw)),
                validUntil == null ? null : validUntil.atZone(zone).toInstant());
        try {
            signals.accept(body.toSchedule(hubId, SignalKind.GRID_LIMIT_KW, clock.instant()));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("signalError", refused.getMessage());
        }
        return "redirect:/hubs/" + hubId + "#hub-signals";
    }

    @PostMapping("/hubs/{hubId}/signals/limits/remove")
    String removeLimit(@PathVariable String hubId) {
        hubs.requireExists(hubId);
        signals.remove(hubId, SignalKind.GRID_LIMIT_KW, SignalSources.OPERATOR);
        return "redirect:/hubs/" + hubId + "#hub-signals";
    }
}
