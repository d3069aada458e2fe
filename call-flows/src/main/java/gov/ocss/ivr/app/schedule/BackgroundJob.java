package gov.ocss.ivr.app.schedule;

import java.time.Duration;

/**
 * Work the server does in the background every {@code interval}, first one interval after start-up.
 * Declared as a bean; {@link BackgroundJobs} runs every one of them.
 *
 * @param name            what the logs call the job
 * @param interval        the pause between the end of one run and the start of the next; zero switches the job off
 * @param work            one run; a run that throws is logged in one line and the next run tries again
 * @param whenSwitchedOff logged at start-up when the interval is zero, so an operator sees the job is off on purpose
 */
public record BackgroundJob(String name, Duration interval, Runnable work, String whenSwitchedOff) {

    public boolean switchedOff() {
        return interval.isZero();
    }
}
