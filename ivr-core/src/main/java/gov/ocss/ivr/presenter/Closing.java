package gov.ocss.ivr.presenter;

/**
 * Closing time has come while the call was still running: the server is shutting down. Thrown by
 * {@link ClosingGuard} from the call's next prompt or wait and caught once, in the call's runtime
 * ({@code call.CallScript}), which says goodbye. An expected way for a call to end, so it carries
 * no stack trace.
 */
public final class Closing extends RuntimeException {
    Closing() {
        super("the server is shutting down", null, false, false);
    }
}
