package gov.ocss.ivr.audit;

import gov.ocss.ivr.caller.Line;

/**
 * Told how each call came out, once, as its audit is written: whether or not the database takes the
 * record, so a database outage does not hide the calls it affects. Called on the call's thread; it
 * must be quick and must not throw.
 */
@FunctionalInterface
public interface CallOutcomes {
    /** For a server nobody counts. */
    CallOutcomes NONE = (line, outcome) -> {
    };

    void count(Line line, CallOutcome outcome);
}
