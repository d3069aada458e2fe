package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.BIRTH_DATE;
import static gov.ocss.ivr.helpline.Walk.CASE_NUMBER;
import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static gov.ocss.ivr.helpline.Walk.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Callers whose number is hidden cannot be told apart, so their wrong PINs count together. One
 * guesser with a hidden number spreading wrong PINs over many cases uses up that allowance; a parent
 * who then calls from a hidden number is not refused for it, but asked for their date of birth as
 * well, and verified with it. On a line of its own, as the allowance of hidden numbers is the line's.
 */
class HiddenNumbersTest {
    private static final String BIRTH_DATE_TOO = "For your security, we also need your date of birth.";
    /** As Asterisk gives the caller id of a call whose number is withheld. */
    private static final String HIDDEN = "anonymous";
    private static DemoLine line;

    @BeforeAll
    static void aHiddenGuesserUsesUpTheAllowanceOfHiddenNumbers() {
        line = DemoLine.ofItsOwn();
        // 10 wrong PINs, the allowance of a number in an hour, on cases of their own: calls of 3, 3, 3 and 1.
        int guessed = 0;
        while (guessed < 10) {
            Walk guesser = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
            int thisCall = Math.min(3, 10 - guessed);
            for (int guess = 0; guess < thisCall; guess++, guessed++) {
                DemoCase guessedAt = line.dataset().caseAt(200 + guessed);
                guesser.answer(CASE_NUMBER, guessedAt.caseNumber().digits()).answer(PIN, wrongPinFor(guessedAt));
            }
            if (thisCall == 3) {
                guesser.answer(NEXT_MENU, "9");
            } else {
                guesser.hangUpAt(CASE_NUMBER);
            }
            line.callFrom(HIDDEN, guesser.setup(), guesser.caller());
            assertThat(guesser.caller().pendingSteps()).isEmpty();
        }
    }

    @AfterAll
    static void close() {
        line.close();
    }

    @Test
    void aParentCallingFromAHiddenNumberAfterTheGuesserIsAskedForTheirBirthDateAndServed() {
        DemoCase parentsCase = line.dataset().showcase().get(Showcase.NONCUSTODIAL_WITH_ARREARS.ordinal()).supportCase();
        DemoPerson parent = parentsCase.noncustodial();
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(parentsCase, parent)
                .answer(BIRTH_DATE, EveryQuestionTest.birthDate(parent))
                .answer(NONCUSTODIAL_MENU, "2").hangUpAt(NONCUSTODIAL_MENU);

        CallRecord call = line.callFrom(HIDDEN, walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.heard(call)).containsSubsequence(BIRTH_DATE_TOO, "Your identity is verified", "Your past-due balance is")
                .doesNotContain("you cannot enter a PIN from this phone");
    }

    @Test
    void aHiddenCallerWithTheRightPinButAnotherBirthDateIsNotLetIn() {
        DemoCase parentsCase = line.dataset().caseAt(250);
        DemoPerson parent = parentsCase.custodial();
        String anotherBirthDate = EveryQuestionTest.birthDate(parent).substring(0, 4)
                + (Integer.parseInt(EveryQuestionTest.birthDate(parent).substring(4)) - 1);
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ALBANIAN).verify(parentsCase, parent)
                .answer(BIRTH_DATE, anotherBirthDate).hangUpAt(CASE_NUMBER);

        CallRecord call = line.callFrom(HIDDEN, walk.setup(), walk.caller());

        assertThat(DemoLine.read(call)).contains("Për sigurinë tuaj, na duhet edhe datëlindja juaj.")
                .doesNotContain("Identiteti juaj u verifikua");
    }

    private static String wrongPinFor(DemoCase guessedAt) {
        String custodial = guessedAt.custodial().pin().digits();
        String noncustodial = guessedAt.noncustodial().pin().digits();
        for (int pin = 0; ; pin++) {
            String guess = String.format("%05d", pin);
            if (!guess.equals(custodial) && !guess.equals(noncustodial)) {
                return guess;
            }
        }
    }
}
