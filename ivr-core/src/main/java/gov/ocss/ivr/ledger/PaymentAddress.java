package gov.ocss.ivr.ledger;

/** Where noncustodial parents mail payments: the facts on the payment coupon. */
public record PaymentAddress(String payee, Address address) {
}
