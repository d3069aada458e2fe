package gov.ocss.ivr.verification;

import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportCase;
import java.time.Instant;

/** What a caller's case number and PIN came to. */
public sealed interface PinOutcome {

    /** The PIN is the active one of this participant of the case. */
    record Verified(SupportCase supportCase, Participant participant) implements PinOutcome {
        public Role role() {
            return participant.role();
        }
    }

    /**
     * Not verified. Deliberately says nothing more: an unknown case number and a wrong PIN must sound
     * the same, or the line would tell anyone which case numbers exist.
     */
    record NoMatch() implements PinOutcome {
    }

    /** The case's account is locked until then; the PIN was not even compared. */
    record Locked(Instant until) implements PinOutcome {
    }

    /**
     * The caller's number has had too many wrong PINs, on whatever cases, to try another before then;
     * the PIN was not compared and the case not even looked up.
     */
    record Throttled(Instant until) implements PinOutcome {
    }
}
