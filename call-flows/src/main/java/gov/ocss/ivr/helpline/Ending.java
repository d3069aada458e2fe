package gov.ocss.ivr.helpline;

/** How a call leaves the automated line: it says goodbye, or the dialplan puts the caller through to a person. */
public sealed interface Ending {
    record Goodbye() implements Ending {
    }

    /** @param reason one of {@code DialplanVariables.REASON_*}: why the caller goes to a person */
    record ToRepresentative(String reason) implements Ending {
    }

    static Ending goodbye() {
        return new Goodbye();
    }
}
