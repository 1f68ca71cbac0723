package org.wptdlm.web.dashboard;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The server-sent-event stream that open dashboard pages listen to (see {@link LiveUpdates}). */
@Controller
class LiveUpdatesController {

    private final LiveUpdates liveUpdates;

    LiveUpdatesController(LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@RequestParam(name = "hub", required = false) String hubId) {
        return liveUpdates.subscribe(hubId);
    }
}
