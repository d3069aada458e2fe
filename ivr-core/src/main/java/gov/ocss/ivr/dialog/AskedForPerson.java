package gov.ocss.ivr.dialog;

/**
 * The caller pressed 0 (or typed it) at a question that does not take it: they want a person.
 * Thrown by {@link Dialog#choose} and {@link Dialog#answer} and carried out once, by the nearest
 * menu that comes back ({@link Dialog#keepAsking}), through the flow's {@link WayOut}. A caller's
 * wish, not a failure, so it carries no stack trace.
 */
public final class AskedForPerson extends RuntimeException {
    AskedForPerson() {
        super("the caller asked for a person", null, false, false);
    }
}
