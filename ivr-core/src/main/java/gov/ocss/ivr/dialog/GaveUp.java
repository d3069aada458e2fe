package gov.ocss.ivr.dialog;

/**
 * Every try at a question was used up without a valid answer (and the caller did not want more
 * time). Thrown by {@link Dialog#choose} and {@link Dialog#answer} and carried out once, by the
 * nearest menu that comes back ({@link Dialog#keepAsking}), through the flow's {@link WayOut}. A
 * step that records something of its own about a caller giving up catches it and throws it on.
 */
public final class GaveUp extends RuntimeException {
    private final Answer.Reason lastFailure;

    GaveUp(Answer.Reason lastFailure) {
        super("the caller gave up on a question: " + lastFailure, null, false, false);
        this.lastFailure = lastFailure;
    }

    public Answer.Reason lastFailure() {
        return lastFailure;
    }
}
