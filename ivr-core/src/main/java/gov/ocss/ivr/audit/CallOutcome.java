package gov.ocss.ivr.audit;

import java.util.Locale;

/**
 * How a call came out, in the few kinds operations watch: coarser than the audit record, and never
 * more than a code, so it can be a metric label.
 */
public enum CallOutcome {
    /** The line said goodbye. */
    COMPLETED,
    TRANSFERRED,
    HUNG_UP,
    /** The caller's account was locked while they tried to verify, however the call then ended. */
    LOCKED,
    GAVE_UP,
    /** Something failed, or the call's code never said how it ended. */
    FAILED,
    SHUTDOWN;

    static CallOutcome of(EndReason reason, boolean accountLocked) {
        if (accountLocked) {
            return LOCKED;
        }
        if (reason == null) {
            return FAILED;
        }
        return switch (reason) {
            case GOODBYE -> COMPLETED;
            case TRANSFERRED -> TRANSFERRED;
            case CALLER_HUNG_UP -> HUNG_UP;
            case GAVE_UP -> GAVE_UP;
            case SYSTEM_ERROR -> FAILED;
            case SHUTDOWN -> SHUTDOWN;
        };
    }

    /** {@code hung_up}: the metric label's value. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
