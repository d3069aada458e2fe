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
}
