package gov.ocss.ivr.app.remail;

import gov.ocss.ivr.remail.RemailWorker;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Prints the PIN-letter queue every {@code ivr.remail.print-interval}, first one interval after start-up.
 * Several servers may all run it: each batch claims its requests with SKIP LOCKED. A failed run logs one
 * line and the next run tries again; the requests stay queued meanwhile.
 */
class ScheduledPrinting implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPrinting.class);
    /** Bounds one run, so a flood of requests cannot keep a run going for ever. */
    private static final int MOST_BATCHES_PER_RUN = 50;

    private final RemailWorker worker;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    ScheduledPrinting(RemailWorker worker, Duration interval) {
        this.worker = worker;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            log.info("PIN letters are printed only from the staff console (ivr.remail.print-interval is 0)");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "remail-printing");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::printQueue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void printQueue() {
        try {
            worker.printQueue("worker", MOST_BATCHES_PER_RUN);
        } catch (RuntimeException e) {
            log.warn("Printing the PIN-letter queue failed; the requests stay queued for the next run: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
