package gov.ocss.ivr.dialog;

/**
 * What the caller keyed (or typed) in one turn, and how the entry ended.
 * Its {@link #toString()} hides the keys: they may be a PIN.
 */
public record Keys(String keys, Ending ending) {

    public enum Ending {
        /** The caller pressed # (or, on text, sent the line). */
        TERMINATOR,
        /** As many keys as the question takes. */
        FULL,
        /** Nothing more came in time. */
        TIMEOUT
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public String toString() {
        return "Keys[" + keys.length() + " keys, " + ending + "]";
    }
}
