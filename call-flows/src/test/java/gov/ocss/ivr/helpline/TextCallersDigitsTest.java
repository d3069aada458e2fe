package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.silence;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Text callers type digits with their own keyboard: a Bengali reader on a real-time-text channel
 * answers the Bengali prompts ("২ লিখুন") with Bengali digits, and may mix them with ASCII ones in
 * one answer. The line takes them as the keys a phone would send. ({@link EveryQuestionTest} walks
 * every question this way; here are whole calls and what they lead to.)
 */
class TextCallersDigitsTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final CallSetup.Builder BENGALI_TEXT = CallSetup.forScript("tty").query("lang=bn&profile=utf8");

    @Test
    void aCaseNumberOfMixedScriptsAndABengaliPinVerifyTheCaller() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("১"))
                .atInput(2, typeText("69১০-৪৬১-323"))
                .atInput(3, typeText("৯০২৪৯"))
                .atInput(4, typeText("২"))
                .atInput(5, hangUp());

        CallRecord call = LINE.call(BENGALI_TEXT, caller);

        assertThat(DemoLine.read(call)).contains("ধন্যবাদ। আপনার পরিচয় যাচাই করা হয়েছে।")
                .contains("আপনার কোনো বকেয়া ব্যালান্স নেই।")
                .doesNotContain("দুঃখিত");
        assertThat(LINE.auditOf(call).verification()).isEqualTo("verified");
    }

    @Test
    void theLanguageMenuTakesTheBengaliDigitItShows() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("২"))
                .atInput(2, hangUp());

        CallRecord call = LINE.call(CallSetup.forScript("tty").query("profile=utf8"), caller);

        assertThat(DemoLine.read(call)).contains("বাংলার জন্য ২ লিখুন।").doesNotContain("Sorry");
        assertThat(LINE.auditOf(call).language()).isEqualTo("bn");
    }

    /** A Baudot TDD can type only ASCII digits, so its Bengali prompts show those. */
    @Test
    void onABaudotTddTheBengaliPromptsAskForAsciiDigits() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("2"))
                .atInput(2, hangUp());

        CallRecord call = LINE.call(CallSetup.forScript("tty"), caller);

        assertThat(DemoLine.read(call)).doesNotContainPattern("[\u09E6-\u09EF]").contains(" 2 ");
        assertThat(LINE.auditOf(call).language()).isEqualTo("bn");
    }

    /**
     * A TDD prints six characters a second: the menu after "your identity is verified" takes most of a
     * minute to print, in Bengali about a minute. The caller's time to answer starts once it has
     * printed; a caller who answers 100 s after it was sent is heard (the line used to give up 60 s
     * after sending it, and said it had received no answer: found by the 10,000-call load run).
     */
    @Test
    void aTddCallerHasTheirWholeTimeToAnswerAfterTheLongMenuHasPrinted() {
        DemoCase supportCase = LINE.caseOfItsOwn();
        DemoPerson parent = supportCase.noncustodial();
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("2"))
                .atInput(2, typeText("1"))
                .atInput(3, typeText(supportCase.caseNumber().digits()))
                .atInput(4, typeText(parent.pin().digits()))
                // About 60 s to print (354 characters), then 40 s to read and type.
                .atInput(5, typeText("2").after(Duration.ofSeconds(100)))
                .atInput(6, hangUp());

        CallRecord call = LINE.call(CallSetup.forScript("tty"), caller);

        assertThat(caller.pendingSteps()).isEmpty();
        assertThat(DemoLine.read(call)).contains("BOKEYA BALANS").doesNotContain("DUKHITO, AMRA KONO UTTOR PAINI");
    }

    @Test
    void aPinLetterIsQueuedForADateOfBirthAndZipTypedInBengaliDigits() {
        DemoCase supportCase = LINE.caseOfItsOwn();
        DemoPerson parent = supportCase.personIn(Role.CUSTODIAL);
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("২"))
                .atInput(2, typeText(Walk.inBengaliDigits(supportCase.caseNumber().digits())))
                .atInput(3, typeText(Walk.inBengaliDigits(EveryQuestionTest.birthDate(parent))))
                .atInput(4, typeText(Walk.inBengaliDigits(parent.address().zip())))
                .atInput(5, hangUp());

        CallRecord call = LINE.call(BENGALI_TEXT, caller);

        assertThat(DemoLine.read(call)).contains("ধন্যবাদ। আমরা আপনার নথিভুক্ত ঠিকানায় একটি নতুন পিন চিঠি পাঠাব।")
                .doesNotContain("দুঃখিত");
        assertThat(LINE.auditOf(call).remail()).isEqualTo("queued");
    }

    /** Three tries with no answer at the case-number question, then the offer of more time. */
    @Test
    void aCallerWhoNeedsMoreTimeSaysSoWithABengaliOne() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("১"))
                .atInput(2, silence())
                .atInput(3, silence())
                .atInput(4, silence())
                .atInput(5, typeText("১"))
                .atInput(6, typeText("৬৯১০৪৬১৩২৩"))
                .atInput(7, typeText("৯০২৪৯"))
                .atInput(8, hangUp());

        CallRecord call = LINE.call(BENGALI_TEXT, caller);

        assertThat(DemoLine.read(call)).contains("আপনার কি আরও সময় লাগবে? চালিয়ে যেতে ১ লিখুন।")
                .contains("ধন্যবাদ। আপনার পরিচয় যাচাই করা হয়েছে।");
        assertThat(LINE.auditOf(call).verification()).isEqualTo("verified");
    }
}
