package gov.ocss.ivr.helpline;

import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportCase;

/** A caller who has proved who they are: a parent on a case, in their role there. */
public record Caller(SupportCase supportCase, Participant participant) {
    public Role role() {
        return participant.role();
    }
}
