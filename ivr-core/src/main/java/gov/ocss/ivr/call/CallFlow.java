package gov.ocss.ivr.call;

/**
 * A call script: what a supervisor would write on the whiteboard, against the dialog and the
 * domain services. It ends the call by leaving the line ({@link LeaveLine} with its {@link Ending},
 * thrown from wherever that is decided), by returning (the call goes back to the dialplan as it
 * stands), or by the caller hanging up (a {@code Hangup} thrown from any dialog step); the runtime,
 * {@link CallScript}, carries out each of them, and any failure.
 */
@FunctionalInterface
public interface CallFlow {
    void run(Call call);
}
