package gov.ocss.ivr.app.database;

import gov.ocss.ivr.db.HeldWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * How long the line waits for the database to answer, on every connection it hands out: longer for
 * work a caller has been asked to hold for ({@link HeldWork}), which is told again every few seconds.
 *
 * <p>A database that refuses (stopped, crashed) is found out at once; a network that silently drops
 * the packets is not: the driver would wait on its socket for as long as TCP keeps the connection,
 * minutes, with a caller in silence. The JDBC network time-out bounds each wait for the database's
 * answer; past it the driver gives the connection up (SQLState 08006), the pool drops it, and the
 * caller hears that the system is not available. A statement time-out would not do: it is the
 * server's, and a cut network carries neither the statement nor its cancel.
 *
 * <p>The pool puts a connection's own time-out back when it is returned. Flyway's migrations take
 * their connections from the pool directly, not through this, so a long migration is not cut short.
 */
final class QueryTimeLimit extends DelegatingDataSource implements InfrastructureProxy {
    /** The PostgreSQL driver sets the time-out on its own socket and never runs the executor. */
    private static final Executor NOT_USED = Runnable::run;

    private final int limitMillis;
    private final int heldLimitMillis;

    /** The limits are checked settings ({@link DatabaseProperties}); JDBC takes whole milliseconds as an int. */
    QueryTimeLimit(DataSource pool, Duration limit, Duration heldLimit) {
        super(pool);
        this.limitMillis = Math.toIntExact(limit.toMillis());
        this.heldLimitMillis = Math.toIntExact(heldLimit.toMillis());
    }

    @Override
    public Object getWrappedObject() {
        return obtainTargetDataSource();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        try {
            connection.setNetworkTimeout(NOT_USED, HeldWork.now() ? heldLimitMillis : limitMillis);
            return connection;
        } catch (SQLException | RuntimeException failed) {
            connection.close();
            throw failed;
        }
    }
}
