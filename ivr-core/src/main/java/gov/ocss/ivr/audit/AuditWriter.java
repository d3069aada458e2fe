package gov.ocss.ivr.audit;

import gov.ocss.ivr.caller.Line;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each call's audit record on a thread of its own, so that a call ends (and a caller handed to
 * an agent goes on to the dialplan) without waiting for the database, even when the database is down
 * or slow. The records wait here, in memory, and are written in batches of up to {@link #BATCH}: one
 * statement's round trip for many calls.
 *
 * <p>When the database fails, the batch is tried again after 1 s, then after twice as long each time, up
 * to 30 s, while later records queue behind it; one WARN line says so when it starts and one INFO line
 * when the records are written again. Records are lost only when more than the queue holds are waiting
 * (each is counted in a WARN line) or when the server stops while the database is still down; a normal
 * stop ({@link #close}) writes every record first.
 *
 * <p>The call's {@link CallOutcome} is counted at once, on the call's thread, whatever the database does.
 */
public final class AuditWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Records written in one statement. */
    static final int BATCH = 200;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final CallAuditLog auditLog;
    private final Clock clock;
    private final BlockingQueue<CallAuditLog.Ended> waiting;
    private final Duration lastTryOnClose;
    private final Thread thread;
    private final Object idle = new Object();
    /** Records added and not yet written or given up: guarded by {@link #idle}. */
    private int pending;
    private volatile boolean closing;
    private boolean failing;

    /**
     * @param capacity       the most records that wait for the database; beyond it a record is lost, with a WARN line
     * @param lastTryOnClose how long {@link #close} keeps trying a database that is down before giving the records up
     */
    public AuditWriter(CallAuditLog auditLog, Clock clock, int capacity, Duration lastTryOnClose) {
        this.auditLog = auditLog;
        this.clock = clock;
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.lastTryOnClose = lastTryOnClose;
        this.thread = new Thread(this::run, "call-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The audit of a call starting now. */
    public CallAudit begin(String callId, Line line) {
        return auditLog.begin(callId, line);
    }

    /**
     * Records the call as ended now; written soon after, off this thread. Never blocks and never throws.
     * The audit must not change after this.
     */
    public void add(CallAudit audit) {
        auditLog.count(audit);
        if (audit.isWritten()) {
            return;
        }
        CallAuditLog.Ended ended = new CallAuditLog.Ended(audit, clock.instant());
        synchronized (idle) {
            if (waiting.offer(ended)) {
                pending++;
            } else {
                log.warn("Call audit for call {} not written: {} records are already waiting for the database",
                        audit.callId(), waiting.size());
            }
        }
    }

    /** Waits until every record added so far is written or given up; false if {@code timeout} ran out first. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return true;
    }

    /** How many records wait for the database now. */
    public int waiting() {
        return waiting.size();
    }

    /** Writes what waits (trying a database that is down for a little while longer), then stops. */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(lastTryOnClose.plus(Duration.ofSeconds(5)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Instant givingUpAt = null;
        while (true) {
            List<CallAuditLog.Ended> batch = new ArrayList<>(BATCH);
            try {
                CallAuditLog.Ended first = closing ? waiting.poll() : waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException woken) {
                // close() wakes the writer: it writes what is left, then stops.
                continue;
            }
            waiting.drainTo(batch, BATCH - 1);
            int done = batch.size();
            Duration retry = FIRST_RETRY;
            while (true) {
                try {
                    auditLog.insert(batch);
                    if (failing) {
                        failing = false;
                        log.info("Call audits are written again: the database answers");
                    }
                    break;
                } catch (RuntimeException e) {
                    if (!CallAuditLog.isOutage(e)) {
                        // A record the table refuses (no outage): the others must not wait behind it forever.
                        oneByOne(batch);
                        break;
                    }
                    if (!failing) {
                        failing = true;
                        log.warn("Call audits wait for the database ({} records): {}", batch.size() + waiting.size(),
                                CallAuditLog.reason(e));
                    }
                    if (closing) {
                        givingUpAt = givingUpAt != null ? givingUpAt : clock.instant().plus(lastTryOnClose);
                        if (!clock.instant().isBefore(givingUpAt)) {
                            List<CallAuditLog.Ended> left = new ArrayList<>();
                            waiting.drainTo(left);
                            done += left.size();
                            log.warn("{} call audits not written: the server stopped while the database was unreachable",
                                    batch.size() + left.size());
                            break;
                        }
                    }
                    sleep(closing ? FIRST_RETRY : retry);
                    retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
                }
            }
            synchronized (idle) {
                pending -= done;
                idle.notifyAll();
            }
        }
    }

    private void oneByOne(List<CallAuditLog.Ended> batch) {
        for (CallAuditLog.Ended one : batch) {
            try {
                auditLog.insert(List.of(one));
            } catch (RuntimeException e) {
                log.warn("Call audit for call {} not written: {}", one.audit().callId(), CallAuditLog.reason(e));
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            // close(): retry at once, then at the closing pace
        }
    }
}
