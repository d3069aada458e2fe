package gov.ocss.ivr.ledger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a case stands on one day, as both parents are told it.
 *
 * <p>Payments go to the current month's support first and then to older debt, as federal
 * distribution rules require; a credit left from earlier overpayment also covers the current
 * month. So the amount owed splits into what is still due for this month and what is past due.
 *
 * @param currentSupport   support charged for this month (all orders together)
 * @param currentDue       the part of this month's support still unpaid
 * @param dueOn            the day this month's support is due; empty when nothing was charged this month
 * @param pastDue          unpaid support from earlier months (arrears)
 * @param credit           money paid beyond everything charged (an overpayment), else zero
 */
public record AccountBalance(
        LocalDate asOf,
        Money currentSupport,
        Money currentDue,
        Optional<LocalDate> dueOn,
        Money pastDue,
        Money credit) {

    /**
     * @param charged          all charges and adjustments posted up to {@code asOf}
     * @param paid             all payments received up to {@code asOf}
     * @param chargedThisMonth charges for the month of {@code asOf}
     * @param paidThisMonth    payments received from the first of that month up to {@code asOf}
     */
    public static AccountBalance of(LocalDate asOf, Money charged, Money paid,
                                    Money chargedThisMonth, Money paidThisMonth, Optional<LocalDate> dueOn) {
        Money owed = charged.minus(paid);
        if (!owed.isPositive()) {
            return new AccountBalance(asOf, chargedThisMonth, Money.ZERO, dueOn, Money.ZERO, owed.negate());
        }
        Money unpaidThisMonth = Money.max(Money.ZERO, chargedThisMonth.minus(paidThisMonth));
        Money currentDue = Money.min(unpaidThisMonth, owed);
        return new AccountBalance(asOf, chargedThisMonth, currentDue, dueOn, owed.minus(currentDue), Money.ZERO);
    }

    /** Everything owed now: this month's unpaid support plus arrears. */
    public Money totalDue() {
        return currentDue.plus(pastDue);
    }

    public boolean hasCredit() {
        return credit.isPositive();
    }

    /** This month's support is unpaid and its due date has passed. */
    public boolean currentIsLate() {
        return currentDue.isPositive() && dueOn.map(asOf::isAfter).orElse(false);
    }
}
