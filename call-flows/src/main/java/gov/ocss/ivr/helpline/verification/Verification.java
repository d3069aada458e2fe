package gov.ocss.ivr.helpline.verification;

import gov.ocss.ivr.dialog.GaveUp;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.helpline.BirthDateQuestion;
import gov.ocss.ivr.helpline.CaseNumberQuestion;
import gov.ocss.ivr.helpline.Caller;
import gov.ocss.ivr.helpline.Hold;
import gov.ocss.ivr.helpline.NextStep;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.verification.PinCheck;
import gov.ocss.ivr.verification.PinOutcome;
import gov.ocss.ivr.audit.VerificationFailure;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Case number, then PIN. An unknown case and a wrong PIN sound the same. Three tries per call,
 * then the offer of a person; a locked account, or a phone with too many wrong PINs lately, is told
 * so at once, and offered a person too. Hidden numbers cannot be told apart, so after too many wrong
 * PINs from them a hidden caller is not refused for someone else's guesses: they are asked for their
 * date of birth as well (CallerThrottle). Once refused, a call is not checked again: a caller who comes
 * back for their account hears the same reason and is put through to a person, or told goodbye when
 * nobody is there. Otherwise a locked caller could go round the menu and key PINs without end.
 */
public final class Verification {
    static final int TRIES_PER_CALL = 3;

    private static final Question PIN = Question.digits(Prompt.of(Prompts.VERIFY_PIN), Prompt.of(Prompts.VERIFY_PIN_HELP), 5, 5);

    private final PinCheck pinCheck;
    private final NextStep nextStep;
    private final Representative representative;

    public Verification(PinCheck pinCheck, NextStep nextStep, Representative representative) {
        this.pinCheck = pinCheck;
        this.nextStep = nextStep;
        this.representative = representative;
    }

    /**
     * Verifies the caller into the visit; otherwise says why not and offers what next. Returns for the
     * main menu, verified or not, except on a call already refused.
     */
    public void verify(Visit visit) {
        if (visit.verificationRefusal().isPresent()) {
            visit.say(visit.verificationRefusal().get());
            // Leaves the line: to a person, or with the goodbye.
            representative.offerElseGoodbye(visit);
        }
        while (visit.failedVerifications() < TRIES_PER_CALL) {
            CaseNumberQuestion.Result keyed = verifying(visit, () -> CaseNumberQuestion.ask(visit));
            if (keyed instanceof CaseNumberQuestion.NotValid notValid) {
                visit.verificationFailed();
                visit.audit().verificationFailed(VerificationFailure.INVALID_CASE_NUMBER);
                notValid.tell(visit);
                continue;
            }
            CaseNumber number = ((CaseNumberQuestion.Keyed) keyed).number();
            String pin = verifying(visit, () -> visit.answer(PIN));
            PinCheck.Attempt attempt = new PinCheck.Attempt(visit.line(), visit.callId(), visit.callerNumber());
            // In a burst the check may wait its turn behind others on the case: the caller hears why.
            PinOutcome outcome = Hold.during(visit, Prompts.VERIFY_CHECKING, () -> pinCheck.check(number, pin, attempt));
            if (outcome instanceof PinOutcome.Throttled && visit.callerNumber().withheld()) {
                visit.say(Prompts.VERIFY_BIRTH_DATE_TOO);
                Optional<LocalDate> born = Optional.of(verifying(visit, () -> BirthDateQuestion.ask(visit)));
                outcome = Hold.during(visit, Prompts.VERIFY_CHECKING, () -> pinCheck.check(number, pin, attempt, born));
            }
            if (outcome instanceof PinOutcome.Verified verified) {
                visit.verified(new Caller(verified.supportCase(), verified.participant()));
                visit.audit().verified(verified.supportCase().id(), verified.participant().role());
                visit.say(Prompts.VERIFY_DONE);
                return;
            }
            if (outcome instanceof PinOutcome.Locked) {
                visit.audit().verificationFailed(VerificationFailure.LOCKED);
                refuse(visit, Prompts.VERIFY_LOCKED);
                nextStep.ask(visit);
                return;
            }
            if (outcome instanceof PinOutcome.Throttled) {
                visit.audit().verificationFailed(VerificationFailure.THROTTLED);
                refuse(visit, Prompts.VERIFY_TOO_MANY_TRIES);
                nextStep.ask(visit);
                return;
            }
            visit.verificationFailed();
            visit.audit().verificationFailed(VerificationFailure.NO_MATCH);
            visit.say(Prompts.VERIFY_NO_MATCH);
        }
        refuse(visit, Prompts.VERIFY_FAILED);
        nextStep.ask(visit);
    }

    private static void refuse(Visit visit, String why) {
        visit.verificationRefused(why);
        visit.say(why);
    }

    /** A caller who gives up on the case number or the PIN gave up on verifying: the audit says so before the way out. */
    private static <T> T verifying(Visit visit, Supplier<T> question) {
        try {
            return question.get();
        } catch (GaveUp gaveUp) {
            visit.audit().verificationFailed(VerificationFailure.GAVE_UP);
            throw gaveUp;
        }
    }
}
