package gov.ocss.ivr.ledger;

import java.time.LocalDate;

/** Money received from, or on behalf of, the noncustodial parent. */
public record Payment(LocalDate receivedOn, Money amount, PaymentMethod method) {
}
