package gov.ocss.ivr.app.console;

import gov.ocss.ivr.remail.UnmailedBatches;
import gov.ocss.ivr.staff.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every console page knows (who is signed in), and the pages for a refused or impossible action. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {
    private final UnmailedBatches unmailed;

    ConsoleAdvice(UnmailedBatches unmailed) {
        this.unmailed = unmailed;
    }

    @ModelAttribute
    void signedIn(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
            var staff = SignedInStaff.of(authentication);
            model.addAttribute("staffName", staff.username());
            model.addAttribute("supervisor", staff.isSupervisor());
            if (staff.isSupervisor()) {
                // On every page a supervisor opens: the batches whose PINs are about to be erased unmailed.
                model.addAttribute("unmailedDue", unmailed.dueSoon());
            }
        }
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        signedIn(model);
        model.addAttribute("problem", "Only a supervisor can do that.");
        return "console/problem";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String impossible(IllegalArgumentException e, Model model) {
        signedIn(model);
        model.addAttribute("problem", "That cannot be done: " + e.getMessage() + ".");
        return "console/problem";
    }
}
