package gov.ocss.ivr.app.remail;

import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.remail.RemailWorker;
import java.time.Duration;

/**
 * Prints the PIN-letter queue every {@code ivr.remail.print-interval}, first one interval after start-up.
 * Several servers may all run it: each batch claims its requests with SKIP LOCKED. A failed run logs one
 * line and the next run tries again; the requests stay queued meanwhile.
 */
final class ScheduledPrinting {
    /** Bounds one run, so a flood of requests cannot keep a run going for ever. */
    private static final int MOST_BATCHES_PER_RUN = 50;

    private ScheduledPrinting() {
    }

    static BackgroundJob of(RemailWorker worker, Duration interval) {
        return new BackgroundJob("remail-printing", interval, () -> worker.printQueue("worker", MOST_BATCHES_PER_RUN),
                "PIN letters are printed only from the staff console (ivr.remail.print-interval is 0)");
    }
}
