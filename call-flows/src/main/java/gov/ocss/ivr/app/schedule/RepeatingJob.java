package gov.ocss.ivr.app.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background work the server does every {@code interval}, first one interval after start-up, on a
 * thread of its own, stopped with the server. A run that throws logs one line and the next run tries
 * again; an interval of zero switches the job off.
 */
public class RepeatingJob implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RepeatingJob.class);

    private final String name;
    private final Duration interval;
    private final Runnable job;
    private final String whenSwitchedOff;
    private ScheduledExecutorService scheduler;

    /**
     * @param name            the thread's name and what the logs call the job
     * @param whenSwitchedOff logged at start-up when the interval is zero
     */
    public RepeatingJob(String name, Duration interval, Runnable job, String whenSwitchedOff) {
        this.name = name;
        this.interval = interval;
        this.job = job;
        this.whenSwitchedOff = whenSwitchedOff;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            log.info(whenSwitchedOff);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; the next run tries again: {}", name, e.toString());
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
