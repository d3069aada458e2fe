package gov.ocss.ivr.ledger;

import gov.ocss.ivr.prompts.Language;

/** A person on a case, in their role there. Carries no date of birth, SSN or address. */
public record Participant(long personId, long caseId, Role role, String firstName, String lastName,
                          Language preferredLanguage) {
}
