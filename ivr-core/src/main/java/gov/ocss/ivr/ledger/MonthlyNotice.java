package gov.ocss.ivr.ledger;

import java.time.LocalDate;

/** The monthly statement mailed to both parents: what was due, what was paid, what is in arrears. */
public record MonthlyNotice(LocalDate period, LocalDate issuedOn, Money amountDue, Money amountPaid, Money arrears) {
}
