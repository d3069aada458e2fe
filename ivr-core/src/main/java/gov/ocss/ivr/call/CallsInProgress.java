package gov.ocss.ivr.call;

import gov.ocss.ivr.caller.Line;

/**
 * Told when a call starts and ends on a line, for every call however it ends: each
 * {@link #started} is followed by exactly one {@link #ended}. Called on the call's thread; it must be
 * quick and must not throw.
 */
public interface CallsInProgress {
    /** For a server nobody watches. */
    CallsInProgress NONE = new CallsInProgress() {
        @Override
        public void started(Line line) {
        }

        @Override
        public void ended(Line line) {
        }
    };

    void started(Line line);

    void ended(Line line);
}
