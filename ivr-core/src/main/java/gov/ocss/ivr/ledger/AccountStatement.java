package gov.ocss.ivr.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A paying parent's account on one day, as the ledger shows it: the balance and the latest payments
 * received, newest first.
 */
public record AccountStatement(AccountBalance balance, List<Payment> recentPayments) {
    public AccountStatement {
        Objects.requireNonNull(balance, "balance");
        recentPayments = List.copyOf(recentPayments);
    }
}
