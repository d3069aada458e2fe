package gov.ocss.ivr.app.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * One fair line of calls in front of the connection pool, so that the pool's time-out measures the
 * database and not the length of the line.
 *
 * <p>Hikari counts its connection time-out from the moment a call asks: in a burst, 700 calls asking
 * at once (on JDK 21 and later every call is a virtual thread, so they all can) queue inside the pool,
 * and the last of them time out although every connection is busy with work that takes milliseconds.
 * Here at most as many calls as the pool has connections ask it at a time; the others wait their turn
 * in arrival order, holding nothing. A call in the line is refused only when the line stops: no
 * connection came back for the pool's time-out, or the pool could not reach the database at all
 * (then every call waiting is refused at once, rather than each after its own time-out, in silence).
 * Either way the caller hears the apology and may reach a person.
 *
 * <p>Work inside a Spring transaction takes its connection from the pool directly, outside the line.
 */
final class ConnectionLine {
    private final Duration stall;
    private final PoolRefusals refusals;
    private final Runnable whenUnreachable;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    /** Places at the pool nobody holds; guarded by {@code lock}. */
    private int free;
    /** Connections given back since start-up: the line moving. Guarded by {@code lock}. */
    private long givenBack;
    /** When the pool last failed to reach the database ({@link System#nanoTime()}); guarded by {@code lock}. */
    private long unreachableAt;
    private boolean everUnreachable;

    /**
     * @param places how many calls may ask the pool at once: its maximum size
     * @param stall  how long the line may stand still before the calls in it are refused: the pool's own
     *               connection time-out, the longest a call waits for a connection the pool can give
     * @param whenUnreachable told (on the caller's thread, so quickly) each time the pool could not reach the database
     */
    ConnectionLine(int places, Duration stall, PoolRefusals refusals, Runnable whenUnreachable) {
        if (places < 1) {
            throw new IllegalArgumentException("the line leads to at least one connection");
        }
        this.free = places;
        this.stall = stall;
        this.refusals = refusals;
        this.whenUnreachable = whenUnreachable;
    }

    /**
     * The pool behind this line. An infrastructure proxy, so a Spring transaction on the pool itself is
     * still the one Jdbi joins through the transaction-aware proxy over this.
     */
    DataSource inFrontOf(DataSource pool) {
        return new InFront(pool);
    }

    private final class InFront extends DelegatingDataSource implements InfrastructureProxy {
        InFront(DataSource pool) {
            super(pool);
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            awaitTurn();
            try {
                return givingBackThePlace(super.getConnection());
            } catch (SQLTransientConnectionException refused) {
                // Hikari's "Connection is not available, request timed out": its cause is the last
                // failure to connect, when there was one.
                if (refused.getCause() != null) {
                    databaseUnreachable();
                }
                refusals.count();
                giveBackPlace();
                throw refused;
            } catch (SQLException | RuntimeException | Error failed) {
                giveBackPlace();
                throw failed;
            }
        }
    }

    private void awaitTurn() throws SQLException {
        long since = System.nanoTime();
        lock.lock();
        try {
            if (free > 0 && waiting.isEmpty()) {
                free--;
                return;
            }
            Waiter me = new Waiter(lock.newCondition());
            waiting.addLast(me);
            long movedAt = since;
            long moves = givenBack;
            while (true) {
                if (everUnreachable && unreachableAt - since >= 0) {
                    leaveLine(me);
                    throw refusal("The database could not be reached a moment ago");
                }
                if (me.admitted) {
                    return;
                }
                long now = System.nanoTime();
                if (givenBack != moves) {
                    moves = givenBack;
                    movedAt = now;
                }
                long stillFor = stall.toNanos() - (now - movedAt);
                if (stillFor <= 0) {
                    leaveLine(me);
                    throw refusal("No database connection came free in " + stall.toMillis() + " ms");
                }
                try {
                    me.turn.awaitNanos(stillFor);
                } catch (InterruptedException e) {
                    leaveLine(me);
                    Thread.currentThread().interrupt();
                    throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Guarded by {@code lock}. A place already given to the caller who leaves goes to the next in line. */
    private void leaveLine(Waiter me) {
        if (me.admitted) {
            admitNextOrFree();
        } else {
            waiting.remove(me);
        }
    }

    private SQLTransientConnectionException refusal(String why) {
        refusals.count();
        return new SQLTransientConnectionException(why);
    }

    private void databaseUnreachable() {
        whenUnreachable.run();
        lock.lock();
        try {
            unreachableAt = System.nanoTime();
            everUnreachable = true;
            for (Waiter waiter : waiting) {
                waiter.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void giveBackPlace() {
        lock.lock();
        try {
            givenBack++;
            admitNextOrFree();
        } finally {
            lock.unlock();
        }
    }

    /** Guarded by {@code lock}. */
    private void admitNextOrFree() {
        Waiter next = waiting.pollFirst();
        if (next == null) {
            free++;
        } else {
            next.admitted = true;
            next.turn.signal();
        }
    }

    /** The connection, whose closing gives the place at the pool to the next call in line (once). */
    private Connection givingBackThePlace(Connection connection) {
        AtomicBoolean placeGivenBack = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("close") && method.getParameterCount() == 0
                                && placeGivenBack.compareAndSet(false, true)) {
                            giveBackPlace();
                        }
                    }
                });
    }

    private static final class Waiter {
        final Condition turn;
        boolean admitted;

        Waiter(Condition turn) {
            this.turn = turn;
        }
    }
}
