package gov.ocss.ivr.dialog;

/**
 * The caller hung up. Thrown from wherever the call flow is and caught once, at the top of the call:
 * a normal way for a call to end, so it carries no stack trace.
 */
public final class Hangup extends RuntimeException {
    public Hangup() {
        super("the caller hung up", null, false, false);
    }
}
