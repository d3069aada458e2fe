package gov.ocss.ivr.audit;

import java.util.Locale;

/** How a call ended, as the audit records it. */
public enum EndReason {
    /** The line said goodbye and hung up. */
    GOODBYE,
    CALLER_HUNG_UP,
    /** Put through to a representative. */
    TRANSFERRED,
    /** The caller ran out of tries or went silent. */
    GAVE_UP,
    /** Something failed; the dialplan sent the caller to an agent. */
    SYSTEM_ERROR,
    /** The server was stopping. */
    SHUTDOWN;

    /** The value stored in {@code ivr.call_audit.end_reason}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
