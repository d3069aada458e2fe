package gov.ocss.ivr.ledger;

import java.time.LocalDate;
import java.util.Optional;

/** Money sent to the custodial parent. A check has the day it was mailed, once it was. */
public record Disbursement(LocalDate issuedOn, Money amount, DisbursementMethod method,
                           Optional<LocalDate> checkMailedOn) {
}
