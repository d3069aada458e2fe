package gov.ocss.ivr.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"/", "/console"})
    String home() {
        return "redirect:/console/cases";
    }
}
