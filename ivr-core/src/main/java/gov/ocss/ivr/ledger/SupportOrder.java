package gov.ocss.ivr.ledger;

import java.time.LocalDate;
import java.util.Optional;

/** A court order in effect: how much support is due each month, and on which day. */
public record SupportOrder(long id, String kind, Money monthlyAmount, int dueDay,
                           LocalDate effectiveFrom, Optional<LocalDate> effectiveTo) {
}
