package gov.ocss.ivr.audit;

import java.util.Locale;

/** Why a caller was not verified, as the audit records it. */
public enum VerificationFailure {
    /** The case number and PIN did not match (or the case does not exist: the line cannot say which). */
    NO_MATCH,
    /** The account was locked. */
    LOCKED,
    /** The caller's number had too many wrong PINs lately to try another. */
    THROTTLED,
    /** What was keyed is not a case number (wrong length or check digit). */
    INVALID_CASE_NUMBER,
    /** The caller ran out of tries or went silent. */
    GAVE_UP;

    /** The value stored in {@code ivr.call_audit.verification}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
