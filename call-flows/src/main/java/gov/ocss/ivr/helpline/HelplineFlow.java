package gov.ocss.ivr.helpline;

import gov.ocss.ivr.audit.CallAudit;
import gov.ocss.ivr.audit.CallAuditLog;
import gov.ocss.ivr.audit.EndReason;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.call.CallFlow;
import gov.ocss.ivr.call.Closing;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.Hangup;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.account.CustodialAccount;
import gov.ocss.ivr.helpline.account.NoncustodialAccount;
import gov.ocss.ivr.helpline.office.OfficeContact;
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
 * details or a person. The call ends with a goodbye or in the hands of a representative.
 */
public final class HelplineFlow implements CallFlow {
    private enum MainChoice { ACCOUNT, PIN_LETTER, OFFICE }

    private static final Menu<Language> LANGUAGES = Menu.<Language>of(Prompt.of(Prompts.LANGUAGE_MENU), Prompt.of(Prompts.LANGUAGE_MENU))
            .choice('1', Language.ENGLISH)
            .choice('2', Language.BENGALI)
            .choice('3', Language.ALBANIAN);

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
    private final CallAuditLog auditLog;
    private final Clock clock;

    public HelplineFlow(HelplineSettings settings, Verification verification, CustodialAccount custodial,
                        NoncustodialAccount noncustodial, PinLetter pinLetter, OfficeContact offices,
                        Representative representative, CallAuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.verification = verification;
        this.custodial = custodial;
        this.noncustodial = noncustodial;
        this.pinLetter = pinLetter;
        this.offices = offices;
        this.representative = representative;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void run(Call call) {
        CallAudit audit = auditLog.begin(call.id(), call.line());
        call.onEnd(() -> auditLog.write(audit));
        Visit visit = new Visit(call, clock, audit);
        audit.language(visit.dialog().language());
        // From the first word: a caller may hang up during the welcome.
        try {
            visit.say(Prompts.WELCOME, PromptArg.text("agency", settings.agencyName()));
            Optional<Ending> early = language(visit, call.parameter("lang").flatMap(Language::fromCode));
            audit.language(visit.dialog().language());
            end(visit, early.isPresent() ? early.get() : mainMenu(visit));
        } catch (Hangup hangup) {
            audit.ended(EndReason.CALLER_HUNG_UP);
            throw hangup;
        } catch (Closing closing) {
            audit.ended(EndReason.SHUTDOWN);
            throw closing;
        } catch (RuntimeException failure) {
            audit.ended(EndReason.SYSTEM_ERROR);
            throw failure;
        }
    }

    /**
     * The dialplan's language, or the caller's choice. A caller who presses nothing keeps English: the
     * line must never stop at the first question. 0 asks for a person here too; when nobody is there
     * the caller hears the hours and chooses again.
     */
    private Optional<Ending> language(Visit visit, Optional<Language> fromDialplan) {
        if (fromDialplan.isPresent()) {
            // Sets CHANNEL(language) too, so an agent queue after the hand-off knows it.
            visit.dialog().useLanguage(fromDialplan.get());
            return Optional.empty();
        }
        while (true) {
            Answer<Language> answer = visit.menu(LANGUAGES);
            if (answer instanceof Answer.Given<Language> chosen) {
                visit.dialog().useLanguage(chosen.value());
                return Optional.empty();
            }
            if (!(answer instanceof Answer.Representative<Language>)) {
                return Optional.empty();
            }
            Optional<Ending> toPerson = representative.offer(visit, DialplanVariables.REASON_ASKED);
            if (toPerson.isPresent()) {
                return toPerson;
            }
        }
    }

    private Ending mainMenu(Visit visit) {
        while (true) {
            Answer<MainChoice> answer = visit.menu(MAIN);
            Optional<Ending> ending;
            if (answer instanceof Answer.Given<MainChoice> given) {
                ending = switch (given.value()) {
                    case ACCOUNT -> account(visit);
                    case PIN_LETTER -> pinLetter.request(visit);
                    case OFFICE -> {
                        offices.tell(visit);
                        yield Optional.empty();
                    }
                };
            } else {
                ending = representative.instead(visit, answer);
            }
            if (ending.isPresent()) {
                return ending.get();
            }
        }
    }

    private Optional<Ending> account(Visit visit) {
        if (visit.caller().isEmpty()) {
            Optional<Ending> notVerified = verification.verify(visit);
            if (visit.caller().isEmpty()) {
                return notVerified;
            }
        }
        Caller caller = visit.caller().get();
        return caller.role() == Role.CUSTODIAL ? custodial.serve(visit, caller) : noncustodial.serve(visit, caller);
    }

    private void end(Visit visit, Ending ending) {
        Dialog dialog = visit.dialog();
        if (ending instanceof Ending.ToRepresentative transfer) {
            visit.say(Prompts.REPRESENTATIVE_TRANSFER);
            dialog.tellDialplan(DialplanVariables.LANGUAGE, dialog.language().code());
            dialog.tellDialplan(DialplanVariables.LINE, visit.line().scriptName());
            dialog.tellDialplan(DialplanVariables.REASON, transfer.reason());
            dialog.tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT);
            visit.audit().transfer("queued");
            visit.audit().ended(EndReason.TRANSFERRED);
        } else {
            visit.say(Prompts.GOODBYE);
            dialog.tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP);
            visit.audit().ended(EndReason.GOODBYE);
            dialog.hangUp();
        }
    }
}
