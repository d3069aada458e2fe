package gov.ocss.ivr.verification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Gives PIN checks on one key (a case, a caller's number) their turn one at a time in this server,
 * before the check takes a database connection. The checks' advisory locks in PostgreSQL still
 * serialise them across servers, but within one server they then find those locks free: a burst of
 * callers on one case, or of withheld callers (who share one throttle key), waits here, holding
 * nothing the rest of the line needs, instead of queueing on an advisory lock with the pool's
 * connections in its hands.
 *
 * <p>Keys share a fixed set of fair locks by hash (a stripe), so memory does not grow with the
 * number of keys; two keys on one stripe only wait for each other. A check's stripes are taken in
 * ascending order, so two checks never hold one each and wait for the other's.
 */
final class CheckTurns {
    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Duration longestWait;

    CheckTurns(Duration longestWait) {
        if (longestWait.isNegative() || longestWait.isZero()) {
            throw new IllegalArgumentException("a check waits for its turn for more than nothing");
        }
        this.longestWait = longestWait;
        for (int i = 0; i < STRIPES; i++) {
            // Fair: in a burst the first caller to key the PIN is the first checked, none starves.
            stripes[i] = new ReentrantLock(true);
        }
    }

    /**
     * Waits for the turn of every key, for {@code longestWait} in all.
     *
     * @throws TurnNotReached if the turn did not come in time (the line is flooded on one key)
     */
    Turn take(List<String> keys) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (String key : keys) {
            wanted.add(Math.floorMod(key.hashCode(), STRIPES));
        }
        long deadline = System.nanoTime() + longestWait.toNanos();
        List<ReentrantLock> held = new ArrayList<>(wanted.size());
        try {
            for (int stripe : wanted) {
                ReentrantLock lock = stripes[stripe];
                if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new TurnNotReached(longestWait);
                }
                held.add(lock);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(held);
            throw new TurnNotReached(longestWait);
        } catch (RuntimeException e) {
            release(held);
            throw e;
        }
        return () -> release(held);
    }

    private static void release(List<ReentrantLock> held) {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).unlock();
        }
    }

    /** The check's turn on its keys, given back when the check's transaction has ended. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A check that could not have its turn in time: the call ends as a system failure (the apology and
     * a representative) rather than wait on. Says nothing of the keys: they are what the caller keyed.
     */
    static final class TurnNotReached extends RuntimeException {
        TurnNotReached(Duration waited) {
            super("A PIN check waited " + waited.toMillis() + " ms for the checks before it on the same case or caller number");
        }
    }
}
