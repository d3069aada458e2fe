package gov.ocss.ivr.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the calls' requests for a connection that the pool refused after its connection time-out
 * (every connection busy, or the database down), and says how many in one log line per interval:
 * in a burst each refusal is a caller who heard the apology and went to a representative, and one
 * line says how many better than one stack trace per call.
 */
final class PoolRefusals {
    private static final Logger log = LoggerFactory.getLogger(PoolRefusals.class);

    private final Duration connectionTimeout;
    private final AtomicLong sinceLastReport = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    PoolRefusals(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /**
     * The pool, counting its refusals here. Not a bean itself: the application has one data source,
     * the pool, which Flyway and the health check take as it is.
     */
    DataSource counting(DataSource pool) {
        return new Counting(pool);
    }

    /**
     * An infrastructure proxy, so a Spring transaction on the pool itself is still the one Jdbi joins
     * through the transaction-aware proxy over this.
     */
    private final class Counting extends DelegatingDataSource implements InfrastructureProxy {
        Counting(DataSource pool) {
            super(pool);
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return super.getConnection();
            } catch (SQLTransientConnectionException refused) {
                // Hikari's "Connection is not available, request timed out": none within the time-out.
                sinceLastReport.incrementAndGet();
                total.incrementAndGet();
                throw refused;
            }
        }
    }

    /** Since start-up: what the burst test reads. */
    long total() {
        return total.get();
    }

    /** The interval's line, if any request was refused in it. */
    void report(Duration interval) {
        long refused = sinceLastReport.getAndSet(0);
        if (refused > 0) {
            log.warn("{} requests for a database connection found none within {} ms in the last {} s "
                            + "(every connection busy, or the database down); each call among them heard that the system "
                            + "is not available and went to a representative",
                    refused, connectionTimeout.toMillis(), interval.toSeconds());
        }
    }
}
