package org.wptdlm.web.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's own login form; Spring Security handles the POST to {@code /login}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "dashboard/login";
    }
}
