package gov.ocss.ivr.app.console;

import gov.ocss.ivr.remail.RemailQueue;
import gov.ocss.ivr.remail.RemailWorker;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The letter queue with its filters, printing it now, and cancelling a request. */
@Controller
class QueueController {
    private static final int SHOWN = 200;
    /** A run from the console prints what is queued now, within reason; the schedule prints the rest. */
    private static final int MOST_BATCHES = 20;

    private final RemailQueue queue;
    private final RemailWorker worker;
    private final StaffAuditTrail trail;

    QueueController(RemailQueue queue, RemailWorker worker, StaffAuditTrail trail) {
        this.queue = queue;
        this.worker = worker;
        this.trail = trail;
    }

    @GetMapping("/console/queue")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String line,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Long before, Model model) {
        RemailQueue.Filter filter = new RemailQueue.Filter(chosen(status), chosen(line), Optional.ofNullable(from),
                Optional.ofNullable(to));
        List<RemailQueue.Entry> entries = queue.list(filter, before == null ? OptionalLong.empty() : OptionalLong.of(before), SHOWN);
        model.addAttribute("entries", entries);
        model.addAttribute("shown", SHOWN);
        // A full page may have older requests after it; the link asks for them, the filters kept.
        model.addAttribute("older", entries.size() == SHOWN ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("before", before);
        model.addAttribute("status", status);
        model.addAttribute("line", line);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("queued", queue.queued());
        return "console/queue";
    }

    @PostMapping("/console/queue/print")
    String print(Authentication signedIn, RedirectAttributes redirect) {
        Staff staff = SignedInStaff.of(signedIn);
        List<RemailWorker.PrintedBatch> batches = worker.printQueue(staff.username(), MOST_BATCHES);
        int letters = batches.stream().mapToInt(RemailWorker.PrintedBatch::letters).sum();
        StaffAction action = StaffAction.of("queue_printed").outcome(batches.isEmpty() ? "nothing_queued" : StaffAction.DONE);
        trail.record(staff, batches.isEmpty() ? action : action.onBatch(batches.get(0).id()));
        if (batches.isEmpty()) {
            redirect.addFlashAttribute("problem", "Nothing is queued: there is nothing to print.");
            return "redirect:/console/queue";
        }
        redirect.addFlashAttribute("done", letters + (letters == 1 ? " letter was" : " letters were") + " printed in "
                + batches.size() + (batches.size() == 1 ? " batch" : " batches") + ". Download the PDF for the mail house below.");
        return "redirect:/console/batches";
    }

    @PostMapping("/console/requests/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication signedIn,
                  RedirectAttributes redirect) {
        Optional<String> problem = StaffReason.problem(reason);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get() + " The request was not cancelled.");
            return "redirect:/console/queue";
        }
        switch (queue.cancel(SignedInStaff.of(signedIn), id, new StaffReason(reason))) {
            case CANCELLED -> redirect.addFlashAttribute("done", "Request " + id + " is cancelled. No letter will be printed.");
            case CANCELLED_PRINTED -> redirect.addFlashAttribute("done", "Request " + id + " is cancelled and its new PIN "
                    + "will not work. Its letter is already printed: take it out of its batch before the batch is mailed.");
            case NOT_OPEN -> redirect.addFlashAttribute("problem", "Request " + id + " was already mailed, cancelled or "
                    + "refused; nothing changed.");
        }
        return "redirect:/console/queue";
    }

    private static Optional<String> chosen(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
