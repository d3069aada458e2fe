package gov.ocss.ivr.helpline.verification;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.helpline.CaseNumberQuestion;
import gov.ocss.ivr.helpline.Caller;
import gov.ocss.ivr.helpline.Ending;
import gov.ocss.ivr.helpline.NextStep;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.verification.PinCheck;
import gov.ocss.ivr.verification.PinOutcome;
import gov.ocss.ivr.audit.VerificationFailure;
import java.util.Optional;

/**
 * Case number, then PIN. An unknown case and a wrong PIN sound the same. Three tries per call,
 * then the offer of a person; a locked account, or a phone with too many wrong PINs lately, is told
 * so at once, and offered a person too.
 */
public final class Verification {
    static final int TRIES_PER_CALL = 3;

    private static final Question PIN = Question.digits(Prompt.of(Prompts.VERIFY_PIN), Prompt.of(Prompts.VERIFY_PIN_HELP), 5, 5);

    private final PinCheck pinCheck;
    private final Representative representative;
    private final NextStep nextStep;

    public Verification(PinCheck pinCheck, Representative representative, NextStep nextStep) {
        this.pinCheck = pinCheck;
        this.representative = representative;
        this.nextStep = nextStep;
    }

    /** Verifies the caller into the visit; otherwise says why not and returns what the caller chose next. */
    public Optional<Ending> verify(Visit visit) {
        while (visit.failedVerifications() < TRIES_PER_CALL) {
            CaseNumberQuestion.Result keyed = CaseNumberQuestion.ask(visit);
            if (keyed instanceof CaseNumberQuestion.NoAnswer none) {
                return notAnswered(visit, none.answer());
            }
            if (keyed instanceof CaseNumberQuestion.NotValid notValid) {
                visit.verificationFailed();
                visit.audit().verificationFailed(VerificationFailure.INVALID_CASE_NUMBER);
                notValid.tell(visit);
                continue;
            }
            CaseNumber number = ((CaseNumberQuestion.Keyed) keyed).number();
            Answer<String> pin = visit.ask(PIN);
            if (!(pin instanceof Answer.Given<String> given)) {
                return notAnswered(visit, pin);
            }
            PinOutcome outcome = pinCheck.check(number, given.value(), new PinCheck.Attempt(visit.line(), visit.callId(), visit.callerNumber()));
            if (outcome instanceof PinOutcome.Verified verified) {
                visit.verified(new Caller(verified.supportCase(), verified.participant()));
                visit.audit().verified(verified.supportCase().id(), verified.participant().role());
                visit.say(Prompts.VERIFY_DONE);
                return Optional.empty();
            }
            if (outcome instanceof PinOutcome.Locked) {
                visit.audit().verificationFailed(VerificationFailure.LOCKED);
                visit.say(Prompts.VERIFY_LOCKED);
                return nextStep.ask(visit);
            }
            if (outcome instanceof PinOutcome.Throttled) {
                visit.audit().verificationFailed(VerificationFailure.THROTTLED);
                visit.say(Prompts.VERIFY_TOO_MANY_TRIES);
                return nextStep.ask(visit);
            }
            visit.verificationFailed();
            visit.audit().verificationFailed(VerificationFailure.NO_MATCH);
            visit.say(Prompts.VERIFY_NO_MATCH);
        }
        visit.say(Prompts.VERIFY_FAILED);
        return nextStep.ask(visit);
    }

    /** 0 for a person, or every try used up: then the audit says the caller gave up on verifying. */
    private Optional<Ending> notAnswered(Visit visit, Answer<?> answer) {
        if (answer instanceof Answer.GaveUp<?>) {
            visit.audit().verificationFailed(VerificationFailure.GAVE_UP);
        }
        return representative.instead(visit, answer);
    }
}
