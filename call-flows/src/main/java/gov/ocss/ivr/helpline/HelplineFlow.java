package gov.ocss.ivr.helpline;

import gov.ocss.ivr.audit.CallAudit;
import gov.ocss.ivr.audit.AuditWriter;
import gov.ocss.ivr.audit.EndReason;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.call.CallFlow;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.account.CustodialAccount;
import gov.ocss.ivr.helpline.account.NoncustodialAccount;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.helpline.outage.OutageNotice;
import gov.ocss.ivr.helpline.remail.PinLetter;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.helpline.verification.Verification;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import java.time.Clock;
import java.util.Optional;

/**
 * The help line and the TTY line, one script for both: welcome, language, main menu, and from
 * there account information (after the caller proves who they are), a new PIN letter, office
 * details or a person. During a database outage the caller hears so before the main menu, all of
 * which needs the database, and is offered the hours, a person or goodbye. The call leaves the line
 * with a goodbye or in the hands of a representative ({@code call.LeaveLine}); 0 and giving up, at
 * any question, are the {@link Representative}'s.
 */
public final class HelplineFlow implements CallFlow {
    private enum MainChoice { ACCOUNT, PIN_LETTER, OFFICE }

    /** A caller who presses nothing keeps English: the line must never stop at the first question. */
    private static final Menu<Optional<Language>> LANGUAGES = Menu.<Optional<Language>>of(Prompt.of(Prompts.LANGUAGE_MENU),
                    Prompt.of(Prompts.LANGUAGE_MENU))
            .choice('1', Optional.of(Language.ENGLISH))
            .choice('2', Optional.of(Language.BENGALI))
            .choice('3', Optional.of(Language.ALBANIAN))
            .orElse(Optional.empty());

    private static final Menu<MainChoice> MAIN = Menu.<MainChoice>of(Prompt.of(Prompts.MAIN_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', MainChoice.ACCOUNT)
            .choice('2', MainChoice.PIN_LETTER)
            .choice('3', MainChoice.OFFICE);

    private final HelplineSettings settings;
    private final Verification verification;
    private final CustodialAccount custodial;
    private final NoncustodialAccount noncustodial;
    private final PinLetter pinLetter;
    private final OfficeContact offices;
    private final Representative representative;
    private final OutageNotice outage;
    private final AuditWriter audits;
    private final Clock clock;

    public HelplineFlow(HelplineSettings settings, Verification verification, CustodialAccount custodial,
                        NoncustodialAccount noncustodial, PinLetter pinLetter, OfficeContact offices,
                        Representative representative, OutageNotice outage, AuditWriter audits, Clock clock) {
        this.settings = settings;
        this.verification = verification;
        this.custodial = custodial;
        this.noncustodial = noncustodial;
        this.pinLetter = pinLetter;
        this.offices = offices;
        this.representative = representative;
        this.outage = outage;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public void run(Call call) {
        Visit visit = begin(call);
        visit.say(Prompts.WELCOME, PromptArg.text("agency", settings.agencyName()));
        chooseLanguage(visit, call.languageFromDialplan());
        outage.toldOf(visit);
        visit.keepAsking(MAIN, choice -> {
            // An outage that began while the caller was at the menu: told before they key a case number,
            // and the menu again if it ends while they are on the line.
            if (outage.toldOf(visit)) {
                return true;
            }
            switch (choice) {
                case ACCOUNT -> account(visit);
                case PIN_LETTER -> pinLetter.request(visit);
                case OFFICE -> offices.tell(visit);
            }
            // The main menu comes back until the caller leaves the line.
            return true;
        });
    }

    /**
     * The dialplan's language, or the caller's choice. 0 asks for a person here too; when nobody is
     * there the caller hears the hours and chooses again.
     */
    private void chooseLanguage(Visit visit, Optional<Language> fromDialplan) {
        if (fromDialplan.isPresent()) {
            // Sets CHANNEL(language) too, so an agent queue after the hand-off knows it.
            visit.useLanguage(fromDialplan.get());
            return;
        }
        visit.keepAsking(LANGUAGES, chosen -> {
            chosen.ifPresent(visit::useLanguage);
            return false;
        });
    }

    private void account(Visit visit) {
        if (visit.caller().isEmpty()) {
            verification.verify(visit);
        }
        visit.caller().ifPresent(caller -> {
            if (caller.role() == Role.CUSTODIAL) {
                custodial.serve(visit, caller);
            } else {
                noncustodial.serve(visit, caller);
            }
        });
    }

    /**
     * The caller's visit: its audit record, written however the call ends (the call's runtime says
     * how), and the way out of its menus.
     */
    private Visit begin(Call call) {
        CallAudit audit = audits.begin(call.id(), call.line());
        call.onEnd(ending -> {
            ending.auditReason().ifPresent(reason -> {
                if (reason == EndReason.TRANSFERRED) {
                    audit.transfer("queued");
                }
                audit.ended(reason);
            });
            // Written off the call's thread: the caller is not kept waiting for the database.
            audits.add(audit);
        });
        Visit visit = new Visit(call, clock, audit);
        visit.dialog().useWayOut(representative.wayOut(visit));
        return visit;
    }
}
