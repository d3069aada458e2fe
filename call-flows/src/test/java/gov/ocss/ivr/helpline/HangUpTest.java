package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.logging.SecretMasking;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A caller may hang up at any moment. One full call (office details, a PIN letter, verification,
 * three account answers, then a representative) is made again and again, the caller hanging up one
 * step later each time: every call must end cleanly, with its one audit record saying the caller
 * hung up, and a PIN-letter request either complete or not there at all.
 */
class HangUpTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final DemoCase CASE = LINE.caseOfItsOwn();
    private static final DemoPerson PARENT = CASE.noncustodial();

    @ParameterizedTest
    @EnumSource(Line.class)
    void aHangUpAtAnyStepOfAFullCallEndsItCleanly(Line line) {
        forgetTheRequest();
        Walk all = fullCall(line);
        CallRecord whole = LINE.call(all.setup(), all.caller());
        assertThat(LINE.auditOf(whole)).hasToString(line.scriptName() + " en verified NONCUSTODIAL"
                + " [MAIN_OFFICE_CONTACT CURRENT_DUE PAYMENTS HOW_TO_PAY] remail=queued transfer=queued transferred");
        int queuedAt = firstCommandShowing(whole, line.isText() ? "We will mail a new PIN letter" : "ocss/remail-queued");
        int handingOver = handingOver(whole);
        forgetTheRequest();

        List<Integer> steps = steps(whole, line);
        for (int step : steps) {
            Walk walk = fullCall(line);
            CallRecord call = LINE.call(walk.setup(), hangingUpAt(step, walk.caller()));

            // Masked: on the TTY a command can carry the case number (how to pay).
            String at = "hanging up at command " + step + " of " + whole.commandCount() + ": "
                    + SecretMasking.mask(whole.commands().get(step - 1));
            assertThat(call.callerHungUp()).as(at).isTrue();
            // After the hang-up: at most the command that found the channel dead. SET VARIABLE works on a
            // dead channel, as in Asterisk (the dialplan's h extension reads them), so it finds nothing.
            assertThat(call.commands().subList(step, call.commandCount())).as(at)
                    .filteredOn(command -> !command.startsWith("SET VARIABLE")).hasSizeLessThanOrEqualTo(1);
            DemoLine.Audit audit = LINE.auditOf(call);
            if (step < handingOver) {
                assertThat(audit.endReason()).as(at).isEqualTo("caller_hung_up");
            } else {
                // Gone during the last prompt or as the dialplan's variables are set: STREAM FILE's -1
                // cannot tell a hang-up from a missing sound, and nothing after it asks the channel, so
                // the line may finish the hand-off it had begun.
                assertThat(audit.endReason()).as(at).isIn("caller_hung_up", "transferred");
            }
            // All or nothing: a request is there exactly when the line got as far as queueing it.
            assertThat(openRequests()).as(at).isEqualTo("queued".equals(audit.remail()) ? 1 : 0);
            if (step >= queuedAt) {
                assertThat(audit.remail()).as(at).isEqualTo("queued");
            }
            forgetTheRequest();
        }
        // The voice call is fewer commands since issue 19 (a sentence is one Background, an entry one GET DATA).
        assertThat(steps).as("steps tried").hasSizeGreaterThan(line.isText() ? 30 : 20);
    }

    /**
     * Every command of the whole call, except the ones that only play one more word of a value (a
     * digit, a number, a month): a hang-up there is the same as at the sound before it.
     */
    private static List<Integer> steps(CallRecord whole, Line line) {
        List<Integer> steps = new ArrayList<>();
        List<String> commands = whole.commands();
        for (int n = 1; n <= commands.size(); n++) {
            String command = commands.get(n - 1);
            boolean aWordOfAValue = !line.isText() && command.startsWith("STREAM FILE") && command.contains("/ocss/words/");
            // The last command of the call: after it there is no call left to hang up on. A caller
            // gone during ANSWER counts too: the flow (and its audit) begins before the line answers.
            if (!aWordOfAValue && n < commands.size()) {
                steps.add(n);
            }
        }
        return steps;
    }

    private static Walk fullCall(Line line) {
        return Walk.on(line).chooseLanguage(Language.ENGLISH)
                .answer(MAIN_MENU, "3")
                .answer(MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, CASE.caseNumber().digits())
                .answer(Walk.BIRTH_DATE, EveryQuestionTest.birthDate(PARENT))
                .answer(Walk.ZIP, PARENT.address().zip())
                .verify(CASE, PARENT)
                .answer(NONCUSTODIAL_MENU, "1").answer(NONCUSTODIAL_MENU, "3").answer(NONCUSTODIAL_MENU, "4")
                .answer(NONCUSTODIAL_MENU, "9")
                .answer(MAIN_MENU, "0");
    }

    /** The caller of the script, who hangs up at the given command (1-based) instead of going on. */
    private static SimulatedCaller hangingUpAt(int command, ScriptedCaller script) {
        return turn -> turn.command() >= command ? CallerAction.hangUp() : script.onTurn(turn);
    }

    /** Where the hand-off to a representative begins: its prompt, or the first of the dialplan's variables. */
    private static int handingOver(CallRecord call) {
        int transferPrompt = firstCommandShowing(call, call.textsShown().isEmpty() ? "ocss/representative-transfer" : "Please wait.");
        List<String> commands = call.commands();
        for (int n = 1; n <= commands.size(); n++) {
            if (commands.get(n - 1).startsWith("SET VARIABLE \"IVR_")) {
                return Math.min(n, transferPrompt);
            }
        }
        return transferPrompt;
    }

    private static int firstCommandShowing(CallRecord call, String soundOrText) {
        for (CallRecord.Heard heard : call.heard()) {
            if (heard.value().contains(soundOrText)) {
                return heard.command();
            }
        }
        throw new AssertionError("never heard " + soundOrText);
    }

    private static int openRequests() {
        return LINE.jdbi().withHandle(h -> h.createQuery("select count(*) from ivr.remail_request where person_id = :p")
                .bind("p", PARENT.id()).mapTo(Integer.class).one());
    }

    private static void forgetTheRequest() {
        LINE.jdbi().useHandle(h -> h.createUpdate("delete from ivr.remail_request where person_id = :p")
                .bind("p", PARENT.id()).execute());
    }
}
