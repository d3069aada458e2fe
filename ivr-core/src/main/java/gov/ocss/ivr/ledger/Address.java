package gov.ocss.ivr.ledger;

/** A US postal address. */
public record Address(String street, String unit, String city, String state, String zip) {
}
