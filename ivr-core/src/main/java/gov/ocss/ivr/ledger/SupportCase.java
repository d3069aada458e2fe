package gov.ocss.ivr.ledger;

/** A child support case and the office that handles it. */
public record SupportCase(long id, CaseNumber number, int officeId) {
}
