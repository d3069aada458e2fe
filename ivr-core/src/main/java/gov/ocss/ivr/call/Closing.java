package gov.ocss.ivr.call;

/**
 * Closing time has come while the call was still running: the server is shutting down. Thrown
 * from the call's next prompt or wait and caught once, in {@link CallScript}, which says goodbye.
 * An expected way for a call to end, so it carries no stack trace. Public so that a flow can tell it
 * from a failure (for its own record of how the call ended); a flow that catches it rethrows it.
 */
public final class Closing extends RuntimeException {
    Closing() {
        super("the server is shutting down", null, false, false);
    }
}
