package gov.ocss.ivr.call;

/**
 * The caller leaves the automated line: to a person, or with a goodbye. Thrown from wherever the
 * flow is when that is decided (the way out of a menu, the offer of what next) and carried out
 * once, at the top of the call, by {@link CallScript}: like {@code Hangup}, a normal way for a call
 * to end, so it carries no stack trace.
 */
public final class LeaveLine extends RuntimeException {
    private final Ending ending;

    public LeaveLine(Ending ending) {
        super("the caller leaves the line: " + ending, null, false, false);
        if (ending == Ending.HANDED_OVER || ending == Ending.CALLER_HUNG_UP) {
            throw new IllegalArgumentException(ending + " is not a way to leave the line: the flow returns, or the caller hangs up");
        }
        this.ending = ending;
    }

    public Ending ending() {
        return ending;
    }
}
