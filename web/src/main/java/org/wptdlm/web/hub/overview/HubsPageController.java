package org.wptdlm.web.hub.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Hubs page, and its board fragment that the page re-fetches when a hub changes. */
@Controller
class HubsPageController {

    private final HubBoard board;

    HubsPageController(HubBoard board) {
        this.board = board;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/hubs";
    }

    @GetMapping("/hubs")
    String hubs(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("overview", board.overview(page));
        return "dashboard/hubs";
    }

    @GetMapping("/hubs/board")
    String boardFragment(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("overview", board.overview(page));
        return "dashboard/hubs :: board";
    }
}
