package gov.ocss.ivr.app.console;

import gov.ocss.ivr.remail.RemailQueue;
import gov.ocss.ivr.remail.UnmailedBatches;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Print batches: download a batch's PDF for the mail house, mark it mailed. */
@Controller
class BatchController {
    private static final int SHOWN = 100;

    private final RemailQueue queue;
    private final UnmailedBatches unmailed;

    BatchController(RemailQueue queue, UnmailedBatches unmailed) {
        this.queue = queue;
        this.unmailed = unmailed;
    }

    @GetMapping("/console/batches")
    String batches(Model model) {
        model.addAttribute("batches", queue.batches(SHOWN));
        model.addAttribute("unmailed", unmailed);
        model.addAttribute("shown", SHOWN);
        return "console/batches";
    }

    /** The PDF, as an attachment nobody caches: it holds new PINs. */
    @GetMapping("/console/batches/{id}/letters.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication signedIn) {
        return queue.download(SignedInStaff.of(signedIn), id)
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("pin-letters-batch-" + id + ".pdf").build().toString())
                        .cacheControl(CacheControl.noStore())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/console/batches/{id}/mailed")
    String mailed(@PathVariable long id, Authentication signedIn, RedirectAttributes redirect) {
        switch (queue.markMailed(SignedInStaff.of(signedIn), id)) {
            case MAILED -> redirect.addFlashAttribute("done", "Batch " + id + " is marked mailed. Its PDF is erased: the "
                    + "new PINs are now only in the letters.");
            case ALREADY_MAILED -> redirect.addFlashAttribute("problem", "Batch " + id + " was already marked mailed.");
            case ERASED_UNMAILED -> redirect.addFlashAttribute("problem", "Batch " + id + " was erased because nobody marked it "
                    + "mailed in time: its requests were cancelled and their PINs revoked. Ask for new letters for those parents.");
            case NOT_FOUND -> redirect.addFlashAttribute("problem", "There is no batch " + id + ".");
        }
        return "redirect:/console/batches";
    }
}
