package gov.ocss.ivr.app.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import gov.ocss.ivr.call.DatabaseOutageReport;
import gov.ocss.ivr.db.DatabaseReach;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the line knows of its database between calls: whether it can be reached. Calls read it
 * ({@link #isOut()}) without asking the database, so a caller who phones during an outage is told at
 * once, before keying a case number and a PIN.
 *
 * <p>The watch learns of an outage from the pool: a connection lost (PostgreSQL stopped or
 * restarted, the network cut), the pool unable to connect (ConnectionLine), or its own heartbeat, a
 * connection borrowed from the pool each second, which Hikari checks when it has been idle. It then
 * connects to the database directly, not through the pool, to see for itself: refused means out.
 *
 * <p>While out, it tries every {@value #OUT_CHECK_MILLIS} ms. Once the database answers, the pool is
 * woken from Hikari's back-off (up to 5 s between tries, with no way in its API to cut that short)
 * and the watch says the database is back only when the pool hands out a connection: so no caller
 * hears of an outage that is over, and none is let in before the pool can serve them.
 *
 * <p>On the first lost connection every connection in the pool is evicted: after a restart they are
 * all dead, and each would cost a caller the apology.
 */
final class DatabaseWatch implements DatabaseReach, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    static final long OUT_CHECK_MILLIS = 100;
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /**
     * The direct check's own limits, in whole seconds as the PostgreSQL driver takes them: a database
     * that is down refuses at once, so these only bound a network that drops packets, and leave a
     * database forking backends in a burst time to answer.
     */
    private static final String CONNECT_TIMEOUT_SECONDS = "2";
    private static final int ANSWER_TIMEOUT_SECONDS = 3;
    private static final long EVICT_AT_MOST_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final HikariDataSource pool;
    private final ScheduledExecutorService watch;
    private volatile boolean out;
    /** A check asked for by a suspicion and not yet run. */
    private final AtomicBoolean checkAsked = new AtomicBoolean();
    private final AtomicLong lastEviction = new AtomicLong(System.nanoTime() - EVICT_AT_MOST_EVERY_NANOS);
    /** When the outage was found ({@link System#nanoTime()}); the watch's thread only. */
    private long outSince;

    DatabaseWatch(HikariDataSource pool) {
        this.pool = pool;
        this.watch = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "database-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the heartbeat. */
    DatabaseWatch start() {
        watch.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public boolean isOut() {
        return out;
    }

    /**
     * A pooled connection was lost (Hikari asks ConnectionLosses of every failure on one): the others
     * are most likely dead too, so none is handed out again, and the database is checked at once.
     */
    void connectionLost() {
        long now = System.nanoTime();
        long last = lastEviction.get();
        HikariPoolMXBean connections = pool.getHikariPoolMXBean();
        if (connections != null && now - last >= EVICT_AT_MOST_EVERY_NANOS && lastEviction.compareAndSet(last, now)) {
            // Idle connections are closed now; those in use when they are given back.
            connections.softEvictConnections();
        }
        suspect();
    }

    /** Something says the database may be gone (the pool could not connect): checked at once, off the caller's thread. */
    void suspect() {
        if (!out && checkAsked.compareAndSet(false, true)) {
            watch.execute(() -> {
                checkAsked.set(false);
                if (!out) {
                    check();
                }
            });
        }
    }

    private void heartbeat() {
        if (out) {
            return;
        }
        // Hikari checks a connection idle for over half a second before it hands it out.
        try (Connection connection = pool.getConnection()) {
            return;
        } catch (SQLException | RuntimeException failed) {
            check();
        }
    }

    /** On the watch's thread: while out, it runs again every {@value #OUT_CHECK_MILLIS} ms until the pool serves. */
    private void check() {
        if (!answersDirectly()) {
            if (!out) {
                out = true;
                outSince = System.nanoTime();
                log.warn("The database cannot be reached: callers are told that account information is not available and "
                        + "are offered a representative, the office hours or goodbye. Checked every {} ms until it is back.",
                        OUT_CHECK_MILLIS);
            }
            again();
            return;
        }
        if (!out) {
            return;
        }
        long answered = System.nanoTime();
        int woken = wakeThePool();
        boolean serves = poolServes();
        log.debug("The database answered; {} of Hikari's threads woken; the pool {} after {} ms", woken,
                serves ? "served" : "did not serve", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered));
        if (serves) {
            out = false;
            // In seconds with a decimal: the log's masking stars any 5-digit number, 14,300 ms among them.
            log.info("The database is back after {} s out of reach: callers are served again",
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - outSince) / 1e9));
        } else {
            again();
        }
    }

    private void again() {
        try {
            watch.schedule(this::check, OUT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The server is stopping.
        }
    }

    /**
     * A connection of the watch's own, with the pool's address and credentials but not the pool: the
     * pool may still be sleeping off its back-off. Without an address (a pool over a given DataSource)
     * the pool is all there is to ask.
     */
    private boolean answersDirectly() {
        String url = pool.getJdbcUrl();
        if (url == null) {
            return poolServes();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", Integer.toString(ANSWER_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(ANSWER_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "phone line: database watch");
        try {
            Driver driver = DriverManager.getDriver(url);
            try (Connection connection = driver.connect(url, properties)) {
                return connection != null && connection.isValid(ANSWER_TIMEOUT_SECONDS);
            }
        } catch (SQLException | RuntimeException failed) {
            // A database that answers with a refusal of its own (too many clients, a wrong password) is
            // there: telling callers of an outage would not be true, and the pool's errors say what is wrong.
            return !DatabaseOutageReport.meansOutOfReach(failed);
        }
    }

    private boolean poolServes() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException refused) {
            return false;
        }
    }

    /**
     * Hikari opens connections on a thread of its own ("{pool name}:connection-adder"), which sleeps
     * between failed tries, longer each time up to 5 s. It reads an interrupt during that sleep as
     * "stop trying" and ends its round; the next request for a connection starts a new round at
     * once. So the watch interrupts it only there, asleep in its back-off, and then asks for a
     * connection.
     */
    private int wakeThePool() {
        int woken = 0;
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (thread.getKey().getName().startsWith(pool.getPoolName()) && sleepsInBackOff(thread.getValue())) {
                thread.getKey().interrupt();
                woken++;
            }
        }
        return woken;
    }

    private static boolean sleepsInBackOff(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getMethodName().equals("quietlySleep"))
                && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith("PoolEntryCreator"));
    }

    @Override
    public void close() {
        watch.shutdownNow();
    }
}
