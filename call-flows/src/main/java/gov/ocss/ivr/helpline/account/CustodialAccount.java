package gov.ocss.ivr.helpline.account;

import static gov.ocss.ivr.prompts.PromptArg.date;
import static gov.ocss.ivr.prompts.PromptArg.money;

import gov.ocss.ivr.audit.InformationGiven;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Caller;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.prompts.Prompt;
import java.util.List;

/** The parent who receives support: what was sent to them, and where the case stands. */
public final class CustodialAccount {
    private enum Choice { LAST_PAYMENT, RECENT_PAYMENTS, SUMMARY, NOTICE, OFFICE, MAIN_MENU }

    private static final Menu<Choice> MENU = Menu.<Choice>of(Prompt.of(Prompts.CUSTODIAL_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', Choice.LAST_PAYMENT)
            .choice('2', Choice.RECENT_PAYMENTS)
            .choice('3', Choice.SUMMARY)
            .choice('4', Choice.NOTICE)
            .choice('5', Choice.OFFICE)
            .choice('9', Choice.MAIN_MENU);

    private final Ledger ledger;
    private final OfficeContact offices;
    private final MonthlyNotices notices;

    public CustodialAccount(Ledger ledger, OfficeContact offices) {
        this.ledger = ledger;
        this.offices = offices;
        this.notices = new MonthlyNotices(ledger);
    }

    public void serve(Visit visit, Caller caller) {
        AccountMenu.run(visit, MENU, Choice.MAIN_MENU, choice -> {
            switch (choice) {
                case LAST_PAYMENT -> lastPayment(visit, caller);
                case RECENT_PAYMENTS -> recentPayments(visit, caller);
                case SUMMARY -> summary(visit, caller);
                case NOTICE -> notices.tellLatest(visit, caller);
                case OFFICE -> offices.tell(visit);
                case MAIN_MENU -> {
                }
            }
        });
    }

    private void lastPayment(Visit visit, Caller caller) {
        List<Disbursement> last = ledger.recentDisbursements(caller.supportCase().id(),
                caller.participant().personId(), visit.today(), 1);
        if (last.isEmpty()) {
            // The last payment ever, however old: "none in the last 60 days" would not be the answer.
            visit.say(Prompts.DISBURSEMENT_NEVER);
        } else {
            visit.say(Prompts.DISBURSEMENT_LAST);
            visit.dialog().say(item(last.get(0)));
        }
        visit.audit().gave(InformationGiven.LAST_DISBURSEMENT);
    }

    private void recentPayments(Visit visit, Caller caller) {
        List<Disbursement> recent = ledger.recentDisbursements(caller.supportCase().id(),
                        caller.participant().personId(), visit.today(), RecentWindow.MOST_ITEMS).stream()
                .filter(sent -> RecentWindow.includes(sent.issuedOn(), visit.today()))
                .toList();
        visit.audit().gave(InformationGiven.DISBURSEMENTS);
        if (recent.isEmpty()) {
            visit.say(Prompts.DISBURSEMENT_NONE);
            return;
        }
        visit.say(Prompts.DISBURSEMENT_RECENT);
        ItemList.read(visit, recent, CustodialAccount::item);
    }

    private void summary(Visit visit, Caller caller) {
        AccountBalance balance = ledger.balance(caller.supportCase().id(), visit.today());
        if (balance.currentSupport().isPositive()) {
            visit.say(Prompts.SUMMARY_CURRENT_SUPPORT, money("amount", balance.currentSupport().cents()));
            if (balance.currentDue().isPositive()) {
                visit.say(Prompts.SUMMARY_CURRENT_UNPAID, money("amount", balance.currentDue().cents()));
            } else {
                visit.say(Prompts.SUMMARY_CURRENT_PAID);
            }
        }
        if (balance.pastDue().isPositive()) {
            visit.say(Prompts.SUMMARY_PAST_DUE, money("amount", balance.pastDue().cents()));
        } else {
            visit.say(Prompts.SUMMARY_NO_PAST_DUE);
        }
        visit.audit().gave(InformationGiven.ACCOUNT_SUMMARY);
    }

    private static Prompt item(Disbursement sent) {
        var issued = date("date", sent.issuedOn());
        var amount = money("amount", sent.amount().cents());
        return switch (sent.method()) {
            case DIRECT_DEPOSIT -> Prompt.of(Prompts.DISBURSEMENT_DIRECT_DEPOSIT, issued, amount);
            case DEBIT_CARD -> Prompt.of(Prompts.DISBURSEMENT_DEBIT_CARD, issued, amount);
            case CHECK -> sent.checkMailedOn()
                    .map(mailed -> Prompt.of(Prompts.DISBURSEMENT_CHECK_MAILED, issued, amount, date("mailed", mailed)))
                    .orElseGet(() -> Prompt.of(Prompts.DISBURSEMENT_CHECK_NOT_MAILED, issued, amount));
        };
    }
}
