package gov.ocss.ivr.app.console;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.remail.CaseFiles;
import gov.ocss.ivr.staff.StaffAuditTrail;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff audit trail, for supervisors: newest first, by user or by case, a page at a time. */
@Controller
class AuditController {
    private static final int SHOWN = 300;

    private final StaffAuditTrail trail;
    private final CaseFiles cases;

    AuditController(StaffAuditTrail trail, CaseFiles cases) {
        this.trail = trail;
        this.cases = cases;
    }

    /** {@code before}: the id of the last entry of the page before, for the next, older page. */
    @GetMapping("/console/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(name = "case", required = false) String caseNumber,
                 @RequestParam(required = false) Long before, Model model) {
        Optional<String> byUser = Optional.ofNullable(user).map(String::strip).filter(u -> !u.isEmpty());
        Optional<Long> onCase = Optional.empty();
        if (caseNumber != null && !caseNumber.isBlank()) {
            Optional<CaseFiles.CaseFile> file = CaseNumber.parse(caseNumber.replaceAll("[\\s-]", "")).flatMap(cases::find);
            if (file.isEmpty()) {
                model.addAttribute("problem", "No case has that number.");
            }
            onCase = Optional.of(file.map(CaseFiles.CaseFile::caseId).orElse(-1L));
        }
        List<StaffAuditTrail.Entry> entries = trail.latest(byUser, onCase,
                before == null ? OptionalLong.empty() : OptionalLong.of(before), SHOWN);
        model.addAttribute("entries", entries);
        model.addAttribute("shown", SHOWN);
        // A full page may have older entries after it; the link asks for them, the filters kept.
        model.addAttribute("older", entries.size() == SHOWN ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("before", before);
        model.addAttribute("user", user);
        model.addAttribute("caseNumber", caseNumber);
        return "console/audit";
    }
}
