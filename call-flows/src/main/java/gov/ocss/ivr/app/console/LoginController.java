package gov.ocss.ivr.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
    private final SignInThrottle throttle;

    LoginController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/console/login")
    String login(Model model) {
        // What the page says to someone whose sign-ins the throttle stopped: how long to wait.
        model.addAttribute("throttledMinutes", Math.max(1, throttle.window().toMinutes()));
        return "console/login";
    }

    @GetMapping({"/", "/console"})
    String home() {
        return "redirect:/console/cases";
    }
}
