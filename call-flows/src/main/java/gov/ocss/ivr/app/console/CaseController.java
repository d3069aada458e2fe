package gov.ocss.ivr.app.console;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.remail.CaseFiles;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.remail.RemailRequests;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import gov.ocss.ivr.verification.AccountLocks;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding a case, its parties and phone lock; asking for a PIN letter for a party; clearing a lock. */
@Controller
class CaseController {
    private final CaseFiles cases;
    private final AccountLocks locks;
    private final RemailRequests requests;
    private final StaffAuditTrail trail;
    private final ConsoleText text;

    CaseController(CaseFiles cases, AccountLocks locks, RemailRequests requests, StaffAuditTrail trail, ConsoleText text) {
        this.cases = cases;
        this.locks = locks;
        this.requests = requests;
        this.trail = trail;
        this.text = text;
    }

    @GetMapping("/console/cases")
    String find(@RequestParam(name = "number", required = false) String typed, Authentication signedIn, Model model) {
        model.addAttribute("title", "Find a case");
        if (typed == null || typed.isBlank()) {
            return "console/cases";
        }
        model.addAttribute("typed", typed);
        Optional<CaseNumber> number = CaseNumber.parse(typed.replaceAll("[\\s-]", ""));
        if (number.isEmpty()) {
            model.addAttribute("problem", "That is not a case number: a case number has 10 digits, and the last one is a "
                    + "check digit. Please check it and try again.");
            return "console/cases";
        }
        Staff staff = SignedInStaff.of(signedIn);
        Optional<CaseFiles.CaseFile> found = cases.find(number.get());
        if (found.isEmpty()) {
            trail.record(staff, StaffAction.of("case_searched").outcome("not_found"));
            model.addAttribute("problem", "No case has the number " + text.caseNumber(number.get().digits()) + ".");
            return "console/cases";
        }
        CaseFiles.CaseFile file = found.get();
        trail.record(staff, StaffAction.of("case_viewed").onCase(file.caseId()));
        model.addAttribute("file", file);
        model.addAttribute("title", "Case " + text.caseNumber(file.caseNumber().digits()));
        model.addAttribute("lock", locks.current(file.caseId()).orElse(null));
        model.addAttribute("failedAttempts", locks.failedAttemptsInLastDay(file.caseId()));
        return "console/cases";
    }

    @PostMapping("/console/cases/{number}/remail")
    String remail(@PathVariable String number, @RequestParam long personId, @RequestParam(defaultValue = "") String reason,
                  Authentication signedIn, RedirectAttributes redirect) {
        CaseFiles.CaseFile file = cases.find(caseNumber(number)).orElseThrow(() -> new IllegalArgumentException("no such case"));
        Optional<String> problem = StaffReason.problem(reason);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get() + " No letter was queued.");
            return backTo(number);
        }
        String name = file.parties().stream().filter(p -> p.personId() == personId).findFirst()
                .map(CaseFiles.Party::name).orElseThrow(() -> new IllegalArgumentException("that person is not a party of the case"));
        RemailOutcome outcome = requests.requestForStaff(file.caseId(), personId, SignedInStaff.of(signedIn), new StaffReason(reason));
        if (outcome instanceof RemailOutcome.Queued queued) {
            redirect.addFlashAttribute("done", "A new PIN letter for " + name + " is queued. It should arrive by "
                    + text.day(queued.arrivesBy()) + ".");
        } else if (outcome instanceof RemailOutcome.AlreadyRequested earlier) {
            redirect.addFlashAttribute("problem", "A letter for " + name + " was already requested on "
                    + text.day(earlier.requestedOn()) + "; nothing new was queued.");
        } else if (outcome instanceof RemailOutcome.TooMany tooMany) {
            redirect.addFlashAttribute("problem", name + " has had 3 letters in the last 90 days; nothing was queued. "
                    + "The next is possible from " + text.day(tooMany.possibleAgainOn()) + ", or a supervisor can send one now.");
        }
        return backTo(number);
    }

    @PostMapping("/console/cases/{number}/unlock")
    String unlock(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Authentication signedIn,
                  RedirectAttributes redirect) {
        CaseFiles.CaseFile file = cases.find(caseNumber(number)).orElseThrow(() -> new IllegalArgumentException("no such case"));
        Optional<String> problem = StaffReason.problem(reason);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get() + " The lock was not cleared.");
        } else if (locks.clear(SignedInStaff.of(signedIn), file.caseId(), new StaffReason(reason))) {
            redirect.addFlashAttribute("done", "Phone access to this case is unlocked.");
        } else {
            redirect.addFlashAttribute("problem", "The case was not locked.");
        }
        return backTo(number);
    }

    private static CaseNumber caseNumber(String digits) {
        return CaseNumber.parse(digits).orElseThrow(() -> new IllegalArgumentException("not a case number"));
    }

    private static String backTo(String number) {
        return "redirect:/console/cases?number=" + caseNumber(number).digits();
    }
}
