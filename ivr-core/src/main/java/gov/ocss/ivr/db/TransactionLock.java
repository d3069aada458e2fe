package gov.ocss.ivr.db;

import org.jdbi.v3.core.Handle;

/**
 * A named PostgreSQL advisory lock held until the transaction ends: serialises the work of every
 * server on one thing (a person's letter requests, a case's PIN checks) without locking a ledger row.
 * Names are {@code table:key} ({@code ivr.remail_request:42}) so different uses never share a lock
 * except by a hash collision, which only makes two unrelated transactions wait for each other.
 */
public final class TransactionLock {
    private TransactionLock() {
    }

    /** Waits for the lock named {@code name} and holds it to the end of {@code h}'s transaction. */
    public static void hold(Handle h, String name) {
        h.createQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .bind("name", name)
                .mapTo(String.class)
                .one();
    }
}
