package gov.ocss.ivr.staff;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a member of staff did, for the audit trail: what ({@code action}, a short code such as
 * {@code remail_requested}), how it came out ({@code outcome}: {@code done}, {@code refused}...), on what
 * (ids), and why (the reason they typed, where the action needs one).
 */
public record StaffAction(String action, String outcome, Long caseId, Long personId, Long remailRequestId,
                          Long printBatchId, String reason) {
    public static final String DONE = "done";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{0,39}");

    public StaffAction {
        code(action, "action");
        code(outcome, "outcome");
    }

    public static StaffAction of(String action) {
        return new StaffAction(action, DONE, null, null, null, null, null);
    }

    public StaffAction outcome(String newOutcome) {
        return new StaffAction(action, newOutcome, caseId, personId, remailRequestId, printBatchId, reason);
    }

    public StaffAction onCase(long id) {
        return new StaffAction(action, outcome, id, personId, remailRequestId, printBatchId, reason);
    }

    public StaffAction onPerson(long id) {
        return new StaffAction(action, outcome, caseId, id, remailRequestId, printBatchId, reason);
    }

    public StaffAction onRequest(long id) {
        return new StaffAction(action, outcome, caseId, personId, id, printBatchId, reason);
    }

    public StaffAction onBatch(long id) {
        return new StaffAction(action, outcome, caseId, personId, remailRequestId, id, reason);
    }

    public StaffAction because(StaffReason why) {
        return new StaffAction(action, outcome, caseId, personId, remailRequestId, printBatchId,
                Objects.requireNonNull(why, "why").text());
    }

    private static void code(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a short lower-case code");
        }
    }
}
