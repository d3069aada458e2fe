package gov.ocss.ivr.app.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the calls' requests for a connection that were refused (the database could not be reached,
 * or the line to it stood still for the pool's time-out: see ConnectionLine), and says how many in one
 * log line per interval: each refusal is a caller who heard the apology and went to a representative,
 * and one line says how many better than one stack trace per call.
 */
final class PoolRefusals {
    private static final Logger log = LoggerFactory.getLogger(PoolRefusals.class);

    private final Duration connectionTimeout;
    private final AtomicLong sinceLastReport = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    PoolRefusals(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /** One request refused: by the pool after its time-out, or in the line before it (ConnectionLine). */
    void count() {
        sinceLastReport.incrementAndGet();
        total.incrementAndGet();
    }

    /** Since start-up. */
    long total() {
        return total.get();
    }

    /** The interval's line, if any request was refused in it. */
    void report(Duration interval) {
        long refused = sinceLastReport.getAndSet(0);
        if (refused > 0) {
            log.warn("{} requests for a database connection were refused in the last {} s (the database could not be "
                            + "reached, or no connection came free within {} ms); each call among them heard that the system "
                            + "is not available and went to a representative",
                    refused, interval.toSeconds(), connectionTimeout.toMillis());
        }
    }
}
