package gov.ocss.ivr.helpline.remail;

import static gov.ocss.ivr.prompts.PromptArg.date;

import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.helpline.CaseNumberQuestion;
import gov.ocss.ivr.helpline.Ending;
import gov.ocss.ivr.helpline.NextStep;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.remail.KeyedDateOfBirth;
import gov.ocss.ivr.remail.RemailRequests;
import java.util.Optional;

/**
 * "I need my PIN letter mailed to me": no PIN needed. The caller proves who they are with the
 * case number, their date of birth and their ZIP code; the letter only ever goes to the address on
 * file, which is never read out, and the line never says whether the case exists. A parent who has
 * had as many letters as the limits allow hears when they may ask again, and is offered a person.
 */
public final class PinLetter {
    private static final Question BIRTH_DATE = Question.digits(Prompt.of(Prompts.REMAIL_BIRTH_DATE),
            Prompt.of(Prompts.REMAIL_BIRTH_DATE_HELP), 8, 8).validatedBy(keyed -> KeyedDateOfBirth.parse(keyed).isPresent());
    private static final Question ZIP = Question.digits(Prompt.of(Prompts.REMAIL_ZIP),
            Prompt.of(Prompts.REMAIL_ZIP_HELP), 5, 5);
    private static final int CASE_NUMBER_TRIES = 3;

    private final RemailRequests requests;
    private final Representative representative;
    private final NextStep nextStep;

    public PinLetter(RemailRequests requests, Representative representative, NextStep nextStep) {
        this.requests = requests;
        this.representative = representative;
        this.nextStep = nextStep;
    }

    public Optional<Ending> request(Visit visit) {
        visit.say(Prompts.REMAIL_INTRO);
        CaseNumber caseNumber = null;
        for (int tries = 0; caseNumber == null; tries++) {
            if (tries == CASE_NUMBER_TRIES) {
                visit.audit().remail(new RemailOutcome.NotConfirmed());
                visit.say(Prompts.REMAIL_NOT_CONFIRMED);
                return nextStep.ask(visit);
            }
            CaseNumberQuestion.Result keyed = CaseNumberQuestion.ask(visit);
            if (keyed instanceof CaseNumberQuestion.NoAnswer none) {
                return representative.instead(visit, none.answer());
            }
            if (keyed instanceof CaseNumberQuestion.Keyed number) {
                caseNumber = number.number();
            } else if (keyed instanceof CaseNumberQuestion.NotValid notValid) {
                notValid.tell(visit);
            }
        }
        Answer<String> birthDate = visit.ask(BIRTH_DATE);
        if (!(birthDate instanceof Answer.Given<String> dob)) {
            return representative.instead(visit, birthDate);
        }
        Answer<String> zip = visit.ask(ZIP);
        if (!(zip instanceof Answer.Given<String> zipCode)) {
            return representative.instead(visit, zip);
        }
        RemailOutcome outcome = requests.request(caseNumber, KeyedDateOfBirth.parse(dob.value()).orElseThrow(), zipCode.value(),
                visit.line(), visit.callId());
        visit.audit().remail(outcome);
        if (outcome instanceof RemailOutcome.Queued queued) {
            visit.say(Prompts.REMAIL_QUEUED, date("arrives", queued.arrivesBy()));
            return Optional.empty();
        }
        if (outcome instanceof RemailOutcome.AlreadyRequested earlier) {
            visit.say(Prompts.REMAIL_ALREADY_REQUESTED, date("requested", earlier.requestedOn()),
                    date("arrives", earlier.arrivesBy()));
            return Optional.empty();
        }
        if (outcome instanceof RemailOutcome.TooMany tooMany) {
            visit.say(Prompts.REMAIL_TOO_MANY, date("again", tooMany.possibleAgainOn()));
            return nextStep.ask(visit);
        }
        visit.say(Prompts.REMAIL_NOT_CONFIRMED);
        return nextStep.ask(visit);
    }
}
