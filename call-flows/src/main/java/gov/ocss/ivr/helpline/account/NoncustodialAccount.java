package gov.ocss.ivr.helpline.account;

import static gov.ocss.ivr.prompts.PromptArg.date;
import static gov.ocss.ivr.prompts.PromptArg.digits;
import static gov.ocss.ivr.prompts.PromptArg.money;
import static gov.ocss.ivr.prompts.PromptArg.text;

import gov.ocss.ivr.audit.InformationGiven;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Caller;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.AccountStatement;
import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.PaymentAddress;
import gov.ocss.ivr.prompts.Prompt;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The parent who pays support: what is due, what was received, and how to pay. */
public final class NoncustodialAccount {
    private enum Choice { CURRENT_DUE, PAST_DUE, PAYMENTS, HOW_TO_PAY, NOTICE, OFFICE, MAIN_MENU }

    private static final Menu<Choice> MENU = Menu.<Choice>of(Prompt.of(Prompts.NONCUSTODIAL_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', Choice.CURRENT_DUE)
            .choice('2', Choice.PAST_DUE)
            .choice('3', Choice.PAYMENTS)
            .choice('4', Choice.HOW_TO_PAY)
            .choice('5', Choice.NOTICE)
            .choice('6', Choice.OFFICE)
            .choice('9', Choice.MAIN_MENU);

    private final Ledger ledger;
    private final OfficeContact offices;
    private final MonthlyNotices notices;

    public NoncustodialAccount(Ledger ledger, OfficeContact offices) {
        this.ledger = ledger;
        this.offices = offices;
        this.notices = new MonthlyNotices(ledger);
    }

    public void serve(Visit visit, Caller caller) {
        AccountMenu.run(visit, MENU, Choice.MAIN_MENU, choice -> {
            switch (choice) {
                case CURRENT_DUE -> currentDue(visit, caller);
                case PAST_DUE -> pastDue(visit, caller);
                case PAYMENTS -> payments(visit, caller);
                case HOW_TO_PAY -> howToPay(visit, caller);
                case NOTICE -> notices.tellLatest(visit, caller);
                case OFFICE -> offices.tell(visit);
                case MAIN_MENU -> {
                }
            }
        });
    }

    private void currentDue(Visit visit, Caller caller) {
        AccountBalance balance = balance(visit, caller);
        if (balance.currentSupport().isPositive()) {
            visit.say(Prompts.BALANCE_CURRENT_SUPPORT, money("amount", balance.currentSupport().cents()));
        }
        if (balance.currentDue().isPositive() && balance.dueOn().isPresent()) {
            visit.say(balance.currentIsLate() ? Prompts.BALANCE_CURRENT_LATE : Prompts.BALANCE_CURRENT_DUE,
                    money("amount", balance.currentDue().cents()), date("due", balance.dueOn().get()));
        } else {
            visit.say(Prompts.BALANCE_CURRENT_PAID);
        }
        sayCredit(visit, balance);
        visit.audit().gave(InformationGiven.CURRENT_DUE);
    }

    private void pastDue(Visit visit, Caller caller) {
        AccountBalance balance = balance(visit, caller);
        if (balance.pastDue().isPositive()) {
            visit.say(Prompts.BALANCE_PAST_DUE, money("amount", balance.pastDue().cents()));
        } else {
            visit.say(Prompts.BALANCE_NO_PAST_DUE);
        }
        sayCredit(visit, balance);
        visit.audit().gave(InformationGiven.PAST_DUE);
    }

    private void payments(Visit visit, Caller caller) {
        List<Payment> recent = statement(visit, caller).recentPayments().stream()
                .filter(payment -> RecentWindow.includes(payment.receivedOn(), visit.today()))
                .toList();
        visit.audit().gave(InformationGiven.PAYMENTS);
        if (recent.isEmpty()) {
            visit.say(Prompts.PAYMENT_NONE);
            return;
        }
        visit.say(Prompts.PAYMENT_RECENT);
        ItemList.read(visit, recent, NoncustodialAccount::item);
    }

    /** The payment coupon's facts: how much, to whom and where, and the case number to write on it. */
    private void howToPay(Visit visit, Caller caller) {
        AccountBalance balance = balance(visit, caller);
        if (balance.totalDue().isPositive()) {
            visit.say(Prompts.PAY_AMOUNT, money("amount", balance.totalDue().cents()));
        } else {
            visit.say(Prompts.PAY_NOTHING_DUE);
        }
        PaymentAddress payTo = ledger.paymentAddress();
        Address address = payTo.address();
        visit.say(Prompts.PAY_MAIL_TO, text("payee", payTo.payee()), text("street", address.street()),
                text("city", address.city()), text("state", address.state()), digits("zip", address.zip()));
        visit.say(Prompts.PAY_CASE_NUMBER, digits("case", caller.supportCase().number().digits()));
        visit.audit().gave(InformationGiven.HOW_TO_PAY);
    }

    private void sayCredit(Visit visit, AccountBalance balance) {
        if (balance.hasCredit()) {
            visit.say(Prompts.BALANCE_CREDIT, money("credit", balance.credit().cents()));
        }
    }

    private AccountBalance balance(Visit visit, Caller caller) {
        return statement(visit, caller).balance();
    }

    /** The balance and the recent payments, read together the first time either is asked for. */
    private AccountStatement statement(Visit visit, Caller caller) {
        long caseId = caller.supportCase().id();
        LocalDate today = visit.today();
        return visit.lookUpOnce(new StatementOf(caseId, today), () -> ledger.statement(caseId, today, RecentWindow.MOST_ITEMS));
    }

    private record StatementOf(long caseId, LocalDate asOf) {
    }

    private static Prompt item(Payment payment) {
        return Prompt.of(Prompts.PAYMENT_BY + payment.method().name().toLowerCase(Locale.ROOT),
                date("date", payment.receivedOn()), money("amount", payment.amount().cents()));
    }
}
