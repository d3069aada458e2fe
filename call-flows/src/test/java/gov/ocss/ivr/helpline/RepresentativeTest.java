package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Representatives work the main office's hours, Monday to Friday 8:30 to 5 in New York: the line
 * puts a caller through then, and at other times says when to call back and goes on.
 */
class RepresentativeTest {
    private static final DemoLine OPEN = DemoLine.duringOfficeHours();
    private static final DemoLine CLOSED = DemoLine.onASunday();

    @Test
    void duringOfficeHoursZeroAtTheMainMenuPutsAnAlbanianCallerThrough() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ALBANIAN).answer(MAIN_MENU, "0");

        CallRecord call = OPEN.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).endsWith("Ju lutemi prisni në linjë. Po ju lidhim me një punonjës.");
        assertThat(call.variables()).containsEntry(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT)
                .containsEntry(DialplanVariables.REASON, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow())
                .containsEntry(DialplanVariables.LANGUAGE, "sq")
                .containsEntry(DialplanVariables.LINE, "helpline");
        assertThat(call.language()).isEqualTo("sq");
        assertThat(call.serverHungUp()).isFalse();
        assertThat(OPEN.auditOf(call)).hasToString("helpline sq not_attempted - [] remail=- transfer=queued transferred");
    }

    @Test
    void duringOfficeHoursABengaliTtyCallerReadsThatTheyAreBeingConnected() {
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.BENGALI).answer(MAIN_MENU, "0");

        CallRecord call = OPEN.call(walk.setup(), walk.caller());

        assertThat(DemoLine.read(call)).endsWith("অনুগ্রহ করে অপেক্ষা করুন। আমরা আপনাকে একজন প্রতিনিধির সঙ্গে যুক্ত করছি।");
        assertThat(call.variables()).containsEntry(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT)
                .containsEntry(DialplanVariables.REASON, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow())
                .containsEntry(DialplanVariables.LANGUAGE, "bn")
                .containsEntry(DialplanVariables.LINE, "tty");
        assertThat(OPEN.auditOf(call)).hasToString("tty bn not_attempted - [] remail=- transfer=queued transferred");
    }

    @Test
    void onASundayZeroAtTheMainMenuTellsTheHoursAndTheMainMenuComesBack() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "0").hangUpAt(MAIN_MENU);

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.heard(call)).contains("Our representatives are not available right now."
                + " They are available during office hours. The office is open: Monday to Friday eight thirty a.m. to five p.m."
                + " For your account and payment information, press 1.");
        assertThat(call.variable(DialplanVariables.NEXT)).isEmpty();
        assertThat(CLOSED.auditOf(call)).hasToString("helpline en not_attempted - [] remail=- transfer=closed caller_hung_up");
    }

    @Test
    void onASundayATtyCallerReadsTheHoursInFigures() {
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "0").hangUpAt(MAIN_MENU);

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        assertThat(DemoLine.read(call)).contains("Our representatives are not available right now."
                + " They are available during office hours. The office is open: Monday to Friday, 8:30 AM to 5:00 PM."
                + " For your account and payment information, type 1.");
    }

    @Test
    void onASundayTheOfficeDetailsSayTheOfficeIsClosedNow() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "3").hangUpAt(MAIN_MENU);

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).contains("The office is closed now.").doesNotContain("The office is open now.");
        assertThat(CLOSED.auditOf(call).given()).isEqualTo("MAIN_OFFICE_CONTACT");
    }

    @ParameterizedTest
    @EnumSource(Line.class)
    void onASundayACallerWhoNeverAnswersTheMainMenuHearsTheHoursAndGoodbye(Line line) {
        // Silent at every try, and at "do you need more time?".
        Walk walk = Walk.on(line).chooseLanguage(Language.ENGLISH);

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        String received = DemoLine.received(call);
        assertThat(received).containsSubsequence("Sorry", "Do you need more time?",
                "Our representatives are not available right now.", "Monday to Friday", "Thank you for calling. Goodbye.");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_HANGUP);
        assertThat(call.serverHungUp()).isTrue();
        assertThat(CLOSED.auditOf(call)).hasToString(line.scriptName() + " en not_attempted - [] remail=- transfer=closed gave_up");
    }

    @Test
    void duringOfficeHoursACallerWhoNeverAnswersIsPutThroughForHelp() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH);

        CallRecord call = OPEN.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).endsWith("Please hold. We are connecting you with a representative.");
        assertThat(call.variables()).containsEntry(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT)
                .containsEntry(DialplanVariables.REASON, Ending.NEEDS_HELP.dialplanReason().orElseThrow());
        assertThat(OPEN.auditOf(call)).hasToString("helpline en not_attempted - [] remail=- transfer=queued transferred");
    }

    @Test
    void duringOfficeHoursACallerWhoCouldNotBeVerifiedAndSaysNothingMoreIsPutThroughForHelp() {
        // A case of its own: the wrong PINs count towards a lock, and other tests verify the showcase cases.
        DemoCase mistaken = OPEN.caseOfItsOwn();
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
        for (int attempt = 0; attempt < 3; attempt++) {
            walk.answer(Walk.CASE_NUMBER, mistaken.caseNumber().digits()).answer(Walk.PIN, "11111");
        }
        // Then silent at "for the main menu press 1, for a representative 0, to end this call 9".

        CallRecord call = OPEN.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).contains("Sorry, we could not verify your identity.")
                .endsWith("Please hold. We are connecting you with a representative.");
        assertThat(call.variable(DialplanVariables.REASON)).hasValue(Ending.NEEDS_HELP.dialplanReason().orElseThrow());
        assertThat(OPEN.auditOf(call)).hasToString("helpline en no_match - [] remail=- transfer=queued transferred");
    }

    @Test
    void onASundayACallerWhoCouldNotBeVerifiedCanStillGoBackToTheMainMenu() {
        // A case of its own: the wrong PINs count towards a lock, and other tests verify the showcase cases.
        DemoCase mistaken = CLOSED.caseOfItsOwn();
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
        for (int attempt = 0; attempt < 3; attempt++) {
            walk.answer(Walk.CASE_NUMBER, mistaken.caseNumber().digits()).answer(Walk.PIN, "11111");
        }
        walk.answer(NEXT_MENU, "0").answer(MAIN_MENU, "3").hangUpAt(MAIN_MENU);

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.read(call)).containsSubsequence("Sorry, we could not verify your identity.",
                "For the main menu, type 1. To reach a representative, type 0. To end this call, type 9.",
                "Our representatives are not available right now.", "For your account and payment information, type 1.",
                "Our main office is the Manhattan Child Support Office.", "The office is closed now.");
        assertThat(CLOSED.auditOf(call)).hasToString("tty en no_match - [MAIN_OFFICE_CONTACT] remail=- transfer=closed caller_hung_up");
    }
}
