package gov.ocss.ivr.helpline.account;

import static gov.ocss.ivr.prompts.PromptArg.date;
import static gov.ocss.ivr.prompts.PromptArg.money;

import gov.ocss.ivr.audit.InformationGiven;
import gov.ocss.ivr.helpline.Caller;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.MonthlyNotice;
import java.util.Optional;

/** The latest monthly statement, the same for both parents. */
final class MonthlyNotices {
    private final Ledger ledger;

    MonthlyNotices(Ledger ledger) {
        this.ledger = ledger;
    }

    void tellLatest(Visit visit, Caller caller) {
        Optional<MonthlyNotice> latest = ledger.latestNotice(caller.supportCase().id(), visit.today());
        if (latest.isEmpty()) {
            visit.say(Prompts.NOTICE_NONE);
        } else {
            MonthlyNotice notice = latest.get();
            visit.say(Prompts.NOTICE_LATEST, date("period", notice.period()), date("issued", notice.issuedOn()),
                    money("due", notice.amountDue().cents()), money("paid", notice.amountPaid().cents()),
                    money("arrears", notice.arrears().cents()));
        }
        visit.audit().gave(InformationGiven.MONTHLY_NOTICE);
    }
}
