package gov.ocss.ivr.helpline.remail;

import static gov.ocss.ivr.prompts.PromptArg.date;

import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.helpline.BirthDateQuestion;
import gov.ocss.ivr.helpline.CaseNumberQuestion;
import gov.ocss.ivr.helpline.NextStep;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.remail.RemailRequests;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "I need my PIN letter mailed to me": no PIN needed. The caller proves who they are with the
 * case number, their date of birth and their ZIP code; the letter only ever goes to the address on
 * file, which is never read out, and the line never says whether the case exists. A parent who has
 * had as many letters as the limits allow hears when they may ask again, and is offered a person.
 */
public final class PinLetter {
    private static final Question ZIP = Question.digits(Prompt.of(Prompts.REMAIL_ZIP),
            Prompt.of(Prompts.REMAIL_ZIP_HELP), 5, 5);
    private static final int CASE_NUMBER_TRIES = 3;

    private final RemailRequests requests;
    private final NextStep nextStep;

    public PinLetter(RemailRequests requests, NextStep nextStep) {
        this.requests = requests;
        this.nextStep = nextStep;
    }

    /** Returns for the main menu; 0 and giving up are the way out's. */
    public void request(Visit visit) {
        visit.say(Prompts.REMAIL_INTRO);
        Optional<CaseNumber> caseNumber = caseNumber(visit);
        if (caseNumber.isEmpty()) {
            visit.audit().remail(new RemailOutcome.NotConfirmed());
            visit.say(Prompts.REMAIL_NOT_CONFIRMED);
            nextStep.ask(visit);
            return;
        }
        LocalDate birthDate = BirthDateQuestion.ask(visit);
        String zip = visit.answer(ZIP);
        RemailOutcome outcome = requests.request(caseNumber.get(), birthDate, zip,
                visit.line(), visit.callId());
        visit.audit().remail(outcome);
        if (outcome instanceof RemailOutcome.Queued queued) {
            visit.say(Prompts.REMAIL_QUEUED, date("arrives", queued.arrivesBy()));
        } else if (outcome instanceof RemailOutcome.AlreadyRequested earlier) {
            visit.say(Prompts.REMAIL_ALREADY_REQUESTED, date("requested", earlier.requestedOn()),
                    date("arrives", earlier.arrivesBy()));
        } else if (outcome instanceof RemailOutcome.TooMany tooMany) {
            visit.say(Prompts.REMAIL_TOO_MANY, date("again", tooMany.possibleAgainOn()));
            nextStep.ask(visit);
        } else {
            visit.say(Prompts.REMAIL_NOT_CONFIRMED);
            nextStep.ask(visit);
        }
    }

    /** A well-formed case number, or none after as many tries as a caller gets. */
    private static Optional<CaseNumber> caseNumber(Visit visit) {
        for (int tries = 0; tries < CASE_NUMBER_TRIES; tries++) {
            CaseNumberQuestion.Result keyed = CaseNumberQuestion.ask(visit);
            if (keyed instanceof CaseNumberQuestion.Keyed number) {
                return Optional.of(number.number());
            }
            ((CaseNumberQuestion.NotValid) keyed).tell(visit);
        }
        return Optional.empty();
    }
}
