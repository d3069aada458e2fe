package gov.ocss.ivr.dialog;

/**
 * What the line does when a caller presses 0 or gives up on a question: the flow's one answer to
 * both, set on the call's {@link Dialog} and carried out by {@link Dialog#keepAsking}. Leaving the
 * automated line (to a person, or with a goodbye) is the flow's own signal, thrown from here; a
 * method that returns lets the caller go on, and the menu that caught the wish comes back.
 */
public interface WayOut {
    /** The caller asked for a person. Returns when nobody can take the call now. */
    void personAsked();

    /** The caller used up every try at a question. Returns only if the caller is to hear the menu again. */
    void gaveUp();

}
