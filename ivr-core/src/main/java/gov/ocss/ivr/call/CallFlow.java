package gov.ocss.ivr.call;

/**
 * A call script: what a supervisor would write on the whiteboard, against the dialog and the
 * domain services. It may end by returning, or by the caller hanging up (a {@code Hangup} thrown
 * from any dialog step); the runtime handles both, and any failure.
 */
@FunctionalInterface
public interface CallFlow {
    void run(Call call);
}
