package gov.ocss.ivr.dialog;

/**
 * What came of a question or a menu: never an empty string standing for "nothing".
 *
 * @param <T> the value a valid answer carries
 */
public sealed interface Answer<T> {

    /**
     * The caller gave a valid answer. Its {@link #toString()} hides keyed digits, as {@link Keys} does:
     * an answer may be a PIN or a date of birth, and an answer printed must not say it.
     */
    record Given<T>(T value) implements Answer<T> {
        @Override
        public String toString() {
            // A menu's value is the flow's own (an enum); what a caller keyed is a String, and only its length is told.
            return value instanceof CharSequence keyed ? "Given[" + keyed.length() + " keys]" : "Given[" + value + "]";
        }
    }

    /** The caller pressed 0 (or typed it) to reach a person. */
    record Representative<T>() implements Answer<T> {
    }

    /** Every try was used up without a valid answer. */
    record GaveUp<T>(Reason lastFailure) implements Answer<T> {
    }

    enum Reason {
        /** Nothing was pressed or typed in time. */
        NO_INPUT,
        /** Something was entered, but not a valid answer. */
        NO_MATCH
    }
}
