package gov.ocss.ivr.load;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoCharge;
import gov.ocss.ivr.demo.DemoAdjustment;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.Money;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.prompts.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A noncustodial parent who calls to hear their past-due balance and recent payments, with the
 * balance worked out here from the demo dataset's own figures (not read from the database), so a
 * server that reads the wrong case or adds wrongly is caught. {@link #toString()} shows no PIN.
 */
record Parent(String caseNumber, String pin, Language language, AccountBalance balance) {

    static Parent of(DemoCase demoCase, LocalDate today) {
        var parent = demoCase.noncustodial();
        return new Parent(demoCase.caseNumber().digits(), parent.pin().digits(), parent.language(),
                balanceOf(demoCase, today));
    }

    /** The ledger's arithmetic (see {@code Ledger.balance}) over the dataset's charges, adjustments and payments. */
    static AccountBalance balanceOf(DemoCase demoCase, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        long charged = 0;
        long chargedThisMonth = 0;
        LocalDate dueOn = null;
        for (DemoCharge charge : demoCase.charges()) {
            if (charge.postedOn().isAfter(today)) {
                continue;
            }
            charged += charge.amountCents();
            if (YearMonth.from(charge.period()).equals(month)) {
                chargedThisMonth += charge.amountCents();
                dueOn = dueOn == null || charge.dueOn().isBefore(dueOn) ? charge.dueOn() : dueOn;
            }
        }
        for (DemoAdjustment adjustment : demoCase.adjustments()) {
            if (!adjustment.postedOn().isAfter(today)) {
                charged += adjustment.amountCents();
            }
        }
        long paid = 0;
        long paidThisMonth = 0;
        for (Payment payment : demoCase.payments()) {
            if (payment.receivedOn().isAfter(today)) {
                continue;
            }
            paid += payment.amount().cents();
            if (!payment.receivedOn().isBefore(month.atDay(1))) {
                paidThisMonth += payment.amount().cents();
            }
        }
        return AccountBalance.of(today, Money.ofCents(charged), Money.ofCents(paid), Money.ofCents(chargedThisMonth),
                Money.ofCents(paidThisMonth), Optional.ofNullable(dueOn));
    }

    @Override
    public String toString() {
        return "Parent[" + language.code() + ", past due " + balance.pastDue() + "]";
    }
}
