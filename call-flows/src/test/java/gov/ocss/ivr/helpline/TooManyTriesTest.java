package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.CASE_NUMBER;
import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static gov.ocss.ivr.helpline.Walk.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import org.junit.jupiter.api.Test;

/**
 * One phone trying PINs on many cases, never five in a row on one (so no account locks): after 10
 * wrong PINs in the hour the line compares no more from that number, even the right one, and says so
 * in the caller's language, with the way to a person open. Another phone is not affected.
 */
class TooManyTriesTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final String GUESSING_PHONE = "9175550123";

    @Test
    void afterTenWrongPinsFromOnePhoneTheRightPinIsNotCheckedAndTheCallerIsOfferedAPerson() {
        for (int call = 0; call < 4; call++) {
            DemoCase tried = LINE.caseOfItsOwn();
            Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
            int wrongPins = call < 3 ? 3 : 1;
            for (int i = 0; i < wrongPins; i++) {
                walk.answer(CASE_NUMBER, tried.caseNumber().digits() + "#").answer(PIN, notThePin(tried));
            }
            walk.hangUpAt(call < 3 ? NEXT_MENU : CASE_NUMBER);
            LINE.callFrom(GUESSING_PHONE, walk.setup(), walk.caller());
        }
        DemoCase own = LINE.caseOfItsOwn();

        Walk rightPin = Walk.on(Line.TTY).chooseLanguage(Language.BENGALI).answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, own.caseNumber().digits()).answer(PIN, own.custodial().pin().digits())
                .answer(NEXT_MENU, "0");
        CallRecord call = LINE.callFrom(GUESSING_PHONE, rightPin.setup(), rightPin.caller());

        assertThat(rightPin.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.read(call)).contains("আপনার নিরাপত্তার জন্য এই ফোন থেকে আপাতত আর পিন দেওয়া যাবে না।")
                .doesNotContain("আপনার পরিচয় যাচাই করা হয়েছে");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(LINE.auditOf(call)).hasToString("tty bn throttled - [] remail=- transfer=queued transferred");

        Walk otherPhone = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(own, own.custodial()).hangUpAt(Walk.CUSTODIAL_MENU);
        assertThat(DemoLine.heard(LINE.call(otherPhone.setup(), otherPhone.caller()))).contains("Your identity is verified");
    }

    private static String notThePin(DemoCase supportCase) {
        return supportCase.noncustodial().pin().digits().equals("11111") || supportCase.custodial().pin().digits().equals("11111")
                ? "22222" : "11111";
    }
}
