package gov.ocss.ivr.db;

import java.util.function.Supplier;

/**
 * Database work a caller has been asked to hold for, such as a PIN check waiting behind another on
 * the same case. Such work may wait longer for the database than work the caller was told nothing
 * about, since the line tells them again while it goes on; the connections' time-outs read this to
 * know which they serve. Marked on the thread that does the work.
 */
public final class HeldWork {
    private static final ThreadLocal<Boolean> HELD = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private HeldWork() {
    }

    /** Runs {@code work} on this thread as work the caller holds for. */
    public static <T> T run(Supplier<T> work) {
        boolean before = HELD.get();
        HELD.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            HELD.set(before);
        }
    }

    /** Whether this thread is doing work a caller holds for. */
    public static boolean now() {
        return HELD.get();
    }
}
