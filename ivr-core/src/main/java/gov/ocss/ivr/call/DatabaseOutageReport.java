package gov.ocss.ivr.call;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the log says of calls that failed because the database was out of reach. During an outage
 * every caller who needs the database fails the same way, and an ERROR with a stack trace for each
 * buries the one line an operator needs. So the first such failure is said at once, in one line with
 * its cause, and the ones after it are counted and said once per interval ({@link #report}, run by
 * the server every minute); each call's own trail keeps one INFO line, without the stack trace.
 * Any other failure is not this class's: it stays an ERROR with its stack trace.
 */
public final class DatabaseOutageReport {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageReport.class);
    private static final DatabaseOutageReport CALLS = new DatabaseOutageReport();

    /** Calls failed since the last line said so; -1 when no outage is being reported. */
    private final AtomicLong unreported = new AtomicLong(-1);

    DatabaseOutageReport() {
    }

    /** The report of the calls of this server. */
    public static DatabaseOutageReport calls() {
        return CALLS;
    }

    /**
     * Whether {@code failure} is the database out of reach (a connection refused, broken, timed out or
     * not given in time; PostgreSQL shutting down), counted here if so.
     */
    public boolean counts(Throwable failure) {
        Throwable cause = outageCause(failure);
        if (cause == null) {
            return false;
        }
        if (unreported.compareAndSet(-1, 0)) {
            log.warn("The database is out of reach ({}): callers who need it hear that the system is not available "
                    + "and go to a representative. Said again once a minute while calls still fail.", oneLine(cause));
        } else {
            unreported.incrementAndGet();
        }
        return true;
    }

    /** Says how many calls failed since the last line, if any did; the outage is over for the log when none did. */
    public void report() {
        long failed = unreported.getAndUpdate(count -> count > 0 ? 0 : -1);
        if (failed > 0) {
            log.warn("The database is still out of reach: {} more call{} sent to a representative since the last report",
                    failed, failed == 1 ? "" : "s");
        }
    }

    /**
     * Whether {@code failure}, or a cause of it, is the database out of reach rather than a statement
     * it refused: the one reading of that for the report and for the pool's watch on the database.
     */
    public static boolean meansOutOfReach(Throwable failure) {
        return outageCause(failure) != null;
    }

    private static Throwable outageCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
                return cause;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01 to 57P03: the server shutting down or not yet accepting.
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return cause;
            }
        }
        return null;
    }

    /**
     * The cause's class and SQLState, not its message: a driver's message may quote a statement's
     * values, and the line knows what it needs without them.
     */
    private static String oneLine(Throwable cause) {
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? " [" + sql.getSQLState() + "]" : "";
        return cause.getClass().getSimpleName() + state;
    }
}
