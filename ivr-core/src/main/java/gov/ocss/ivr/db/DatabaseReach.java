package gov.ocss.ivr.db;

/**
 * Whether the database is out of reach right now, as the server already knows it: from its pool
 * and the last failures, never by asking the database for each call. A call flow reads it before it
 * asks a caller for anything it would need the database for, so a caller is told of an outage
 * before keying a case number and a PIN, not after.
 */
@FunctionalInterface
public interface DatabaseReach {
    /** A database that is never known to be out: for a line without a watch on it, and for tests. */
    DatabaseReach ALWAYS_THERE = () -> false;

    /** Whether the database is known to be out of reach now. */
    boolean isOut();
}
