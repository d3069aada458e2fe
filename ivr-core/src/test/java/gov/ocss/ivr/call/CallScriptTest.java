package gov.ocss.ivr.call;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.testing.KeyRenderer;
import gov.ocss.ivr.testing.LineServer;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Whole calls through the real listener, the call runtime, the dialog and both presenters, driven by the simulator over TCP. */
class CallScriptTest {
    private static final PromptRenderer KEYS = new KeyRenderer();

    private final AtomicInteger callsEnded = new AtomicInteger();
    private FastAgiListener listener;
    private CallFlow flow = CallScriptTest::identifyTheCase;

    @BeforeEach
    void startTheServer() {
        Map<Line, DialogTimings> timings = Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text());
        CallFlow counted = call -> {
            call.onEnd(ending -> callsEnded.incrementAndGet());
            flow.run(call);
        };
        listener = LineServer.start(counted, KEYS, timings, new ClosingTime());
    }

    @AfterEach
    void stopTheServer() {
        listener.stop(Duration.ofSeconds(2));
    }

    /** A small flow in the shape of the real ones: a language menu, then a case number. */
    private static void identifyTheCase(Call call) {
        Dialog dialog = call.dialog();
        dialog.say(Prompt.of("welcome"));
        Answer<Language> language = dialog.menu(Menu.<Language>of(Prompt.of("menu.language"), Prompt.of("menu.language.help"))
                .choice('1', Language.ENGLISH).choice('2', Language.BENGALI).choice('3', Language.ALBANIAN));
        if (!(language instanceof Answer.Given<Language> chosen)) {
            toAgent(dialog);
            return;
        }
        dialog.useLanguage(chosen.value());
        Answer<String> caseNumber = dialog.ask(Question.digits(Prompt.of("verify.case_number"), Prompt.of("verify.case_number.help"), 10, 10)
                .validatedBy(keys -> CaseNumber.parse(keys).isPresent()));
        if (caseNumber instanceof Answer.Given<String>) {
            dialog.say(Prompt.of("verify.thanks"));
            dialog.hangUp();
        } else {
            toAgent(dialog);
        }
    }

    private static void toAgent(Dialog dialog) {
        dialog.tellDialplan(DialplanVariables.REASON, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
        dialog.tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT);
    }

    private CallRecord call(CallSetup.Builder setup, ScriptedCaller caller) {
        return AsteriskSimulator.create().call("127.0.0.1", listener.port(), setup.build(), caller);
    }

    @Test
    void aVoiceCallerWhoKnowsTheMenuPressesThroughTheWelcomeAndKeysTheCaseNumber() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/welcome", press("2"))
                .whenHearing("bn/verify.case_number", press("1234567897#"));

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(call.protocolErrors()).isEmpty();
        // The # after the tenth digit stops the thanks at once (Background stops at any key): it is said again whole.
        assertThat(call.soundsHeard()).containsExactly("en/welcome", "bn/verify.case_number", "bn/verify.thanks", "bn/verify.thanks");
        assertThat(call.language()).isEqualTo("bn");
        assertThat(call.serverHungUp()).isTrue();
        assertThat(caller.pendingSteps()).isEmpty();
        assertThat(callsEnded).hasValue(1);
    }

    @Test
    void aMistypedCaseNumberIsAskedForAgainWithAnApology() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(press("1"))
                .whenHearing("en/verify.case_number", press("1234567890#"))
                .whenHearing("en/dialog.not_understood", press("1234567897#"));

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(call.soundsHeard()).containsSubsequence("en/verify.case_number", "en/dialog.not_understood", "en/verify.thanks");
        assertThat(call.protocolErrors()).isEmpty();
    }

    @Test
    void aLanguageFromTheDialplanIsUsedFromTheFirstWord() {
        ScriptedCaller caller = ScriptedCaller.create().whenHearing("sq/welcome", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline").query("lang=sq"), caller);

        assertThat(call.soundsHeard()).startsWith("sq/welcome");
    }

    @Test
    void zeroPutsTheCallerThroughToAnAgent() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(press("1"))
                .whenHearing("en/verify.case_number", press("0"));

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(call.variable(DialplanVariables.REASON)).hasValue(Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
        assertThat(call.serverHungUp()).isFalse();
    }

    @Test
    void aHangUpAtAnyStepEndsTheCallQuietlyAndItsEndActionsStillRun() {
        for (String step : List.of("en/welcome", "en/menu.language", "bn/verify.case_number")) {
            int before = callsEnded.get();
            // A scripted caller takes its steps in order: choose Bengali only when the hang-up comes after the menu.
            ScriptedCaller caller = step.startsWith("bn/")
                    ? ScriptedCaller.create().atInput(press("2")).whenHearing(step, hangUp())
                    : ScriptedCaller.create().whenHearing(step, hangUp());

            CallRecord call = call(CallSetup.forScript("helpline"), caller);

            assertThat(call.callerHungUp()).as("hung up at %s", step).isTrue();
            assertThat(call.serverClosed()).as("the server let go after %s", step).isTrue();
            assertThat(callsEnded).as("end actions after %s", step).hasValue(before + 1);
        }
    }

    @Test
    void aFailureInTheFlowTellsTheCallerAndSendsThemToAnAgent() {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new IllegalStateException("the database is down");
        };

        CallRecord call = call(CallSetup.forScript("helpline"), ScriptedCaller.create());

        assertThat(call.soundsHeard()).containsExactly("en/welcome", "en/" + CallScript.SYSTEM_UNAVAILABLE);
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(call.variable(DialplanVariables.REASON)).hasValue(Ending.SYSTEM_FAILURE.dialplanReason().orElseThrow());
        assertThat(call.variable(DialplanVariables.LINE)).hasValue("helpline");
        assertThat(callsEnded).hasValue(1);
    }

    @Test
    void anErrorEscapingTheFlowIsLoggedWithTheCallAndTheCallerIsStillSentToAnAgent() {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new AssertionError("a state the flow thought impossible");
        };
        List<ILoggingEvent> logged = new ArrayList<>();
        CallRecord call = helplineCallLoggedInto(logged);

        assertThat(call.soundsHeard()).containsExactly("en/welcome", "en/" + CallScript.SYSTEM_UNAVAILABLE);
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(callsEnded).hasValue(1);
        assertThat(logged).filteredOn(event -> event.getLevel() == Level.ERROR)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getThrowableProxy().getClassName()).isEqualTo(AssertionError.class.getName());
                    assertThat(event.getMDCPropertyMap()).containsEntry("call", call.uniqueId());
                });
    }

    @Test
    void aCallThatFailsForWantOfTheDatabaseSendsTheCallerToAnAgentWithoutAnErrorAndItsStackTraceInTheLog() {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new IllegalStateException("the balance could not be read",
                    new SQLTransientConnectionException("No database connection came free in 1000 ms"));
        };
        List<ILoggingEvent> logged = new ArrayList<>();
        CallRecord call = helplineCallLoggedInto(logged);

        assertThat(call.soundsHeard()).containsExactly("en/welcome", "en/" + CallScript.SYSTEM_UNAVAILABLE);
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(logged).noneMatch(event -> event.getLevel() == Level.ERROR || event.getThrowableProxy() != null);
        assertThat(logged).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains("database is out of reach");
            assertThat(event.getMDCPropertyMap()).containsEntry("call", call.uniqueId());
        });
    }

    /** A help-line call with a caller who says nothing; what CallScript logged during it goes into {@code logged}. */
    private CallRecord helplineCallLoggedInto(List<ILoggingEvent> logged) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger callScript = (Logger) LoggerFactory.getLogger(CallScript.class);
        callScript.addAppender(appender);
        try {
            return call(CallSetup.forScript("helpline"), ScriptedCaller.create());
        } finally {
            callScript.detachAppender(appender);
            logged.addAll(appender.list);
        }
    }

    @Test
    void aTtyCallerReadsEachTurnEndingInGaTypesAnswersAndIsSignedOffWithSk() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(typeText("3"))
                .atInput(typeText("123-456-7897"));

        CallRecord call = call(CallSetup.forScript("tty"), caller);

        assertThat(call.protocolErrors()).isEmpty();
        assertThat(call.commands()).startsWith("ANSWER", "TDD MODE \"on\"");
        assertThat(call.textsShown()).containsExactly("EN:WELCOME EN:MENU.LANGUAGE GA", "SQ:VERIFY.CASE NUMBER GA", "SQ:VERIFY.THANKS SK");
        assertThat(call.language()).isEqualTo("sq");
        assertThat(call.serverHungUp()).isTrue();
    }

    @Test
    void aTtyCallerSentToAnAgentReadsTheLastWordsWithoutBeingAskedToType() {
        flow = call -> {
            call.dialog().say(Prompt.of("transfer"));
            toAgent(call.dialog());
        };

        CallRecord call = call(CallSetup.forScript("tty"), ScriptedCaller.create());

        assertThat(call.textsShown()).containsExactly("EN:TRANSFER");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(call.serverHungUp()).isFalse();
    }

    @Test
    void aFailureOnTheTtyLineIsExplainedInTextToo() {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new IllegalStateException("the database is down");
        };

        CallRecord call = call(CallSetup.forScript("tty"), ScriptedCaller.create());

        assertThat(call.textsShown()).containsExactly("EN:WELCOME EN:CALL.SYSTEM UNAVAILABLE");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
    }

    @Test
    void anUnknownScriptNameIsAnsweredNotFoundAndTheConnectionClosed() {
        CallRecord call = call(CallSetup.forScript("no-such-line"), ScriptedCaller.create());

        assertThat(call.variable("AJ_AGISTATUS")).hasValue("NOT_FOUND");
        assertThat(call.serverClosed()).isTrue();
        assertThat(callsEnded).hasValue(0);
    }

    @Test
    void aRealTimeTextChannelGetsTheTextAsWritten() {
        ScriptedCaller caller = ScriptedCaller.create().atInput(hangUp());

        CallRecord call = call(CallSetup.forScript("tty").args("utf8"), caller);

        assertThat(call.textsShown()).containsExactly("en:welcome en:menu.language GA");
    }
}
