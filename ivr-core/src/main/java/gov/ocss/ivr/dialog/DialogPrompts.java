package gov.ocss.ivr.dialog;

/** The catalog keys the dialog's own rules speak, whatever the flow. */
public final class DialogPrompts {
    /** "Sorry, I didn't hear anything." */
    public static final String NOT_HEARD = "dialog.not_heard";
    /** "Sorry, I didn't get that." */
    public static final String NOT_UNDERSTOOD = "dialog.not_understood";
    /** "Do you need more time? Press 1." (Section 508: warn before timing out.) */
    public static final String MORE_TIME = "dialog.more_time";

    private DialogPrompts() {
    }
}
