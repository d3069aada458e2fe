package gov.ocss.ivr.simulator;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases the recordings do not show, answered as res_agi.c answers them. */
class SimulatedCallTest {
    private static final String DEAD = "511 Command Not Permitted on a dead channel or intercepted channel";

    private final CallSetup setup = CallSetup.forScript("helpline").query("lang=en").callerId("7185551234", "Test Caller").build();
    private AsteriskSimulator asterisk = AsteriskSimulator.builder()
            .sounds(SoundLibrary.everythingExists(Duration.ofSeconds(2)).except("missing"))
            .build();
    private FakeAgiServer.Session session;

    private CallRecord call(SimulatedCaller caller, String... commands) throws Exception {
        try (FakeAgiServer server = FakeAgiServer.sending(List.of(commands))) {
            CallRecord call = asterisk.call("127.0.0.1", server.port(), setup, caller);
            session = server.session();
            return call;
        }
    }

    @Test
    void afterTheCallerHangsUpOnlyCommandsThatRunOnADeadChannelRun() throws Exception {
        CallRecord call = call(ScriptedCaller.create().whenHearing("welcome", hangUp().afterMillis(500)),
                "ANSWER", "STREAM FILE welcome \"\"", "GET VARIABLE CHANNEL(language)", "STREAM FILE menu \"123\"",
                "SET VARIABLE IVR_RESULT hangup", "GET FULL VARIABLE ${IVR_RESULT}", "VERBOSE \"bye\" 1", "HANGUP", "NOOP");

        assertThat(session.replies()).containsExactly(
                List.of("200 result=0"),
                List.of("200 result=-1 endpos=4000"),
                List.of("HANGUP", "200 result=1 (en)"),
                List.of(DEAD),
                List.of("200 result=1"),
                List.of("200 result=1 (hangup)"),
                List.of("200 result=1"),
                List.of(DEAD),
                List.of("200 result=0"));
        assertThat(call.callerHungUpAtCommand()).hasValue(2);
        assertThat(call.agiStatus()).isEqualTo("HANGUP");
        assertThat(call.variable("IVR_RESULT")).hasValue("hangup");
    }

    @Test
    void aHangUpBetweenCommandsIsAnnouncedBeforeTheNextReply() throws Exception {
        call(ScriptedCaller.create().atCommand(2, hangUp()), "ANSWER", "SET VARIABLE A 1", "NOOP", "GET DATA beep 3000 4");

        assertThat(session.replies()).containsExactly(
                List.of("200 result=0"), List.of("200 result=1"), List.of("HANGUP", "200 result=0"), List.of(DEAD));
    }

    @Test
    void keysTypedAheadDuringAPromptReachTheNextCommand() throws Exception {
        CallRecord call = call(ScriptedCaller.create().whenHearing("menu", press("2468")),
                "ANSWER", "STREAM FILE menu \"123\"", "GET DATA enter-case 5000 3");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=50 endpos=0", "200 result=468");
        assertThat(call.keysPressed()).isEqualTo("2468");
    }

    @Test
    void keysThatAreNotEscapeDigitsAreLostDuringPlayback() throws Exception {
        CallRecord call = call(ScriptedCaller.create().whenHearing("menu", press("9").afterMillis(100)),
                "ANSWER", "STREAM FILE menu \"123\"", "WAIT FOR DIGIT 1000");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=0 endpos=16000", "200 result=0");
        assertThat(call.notes()).anySatisfy(note -> assertThat(note).contains("1 key(s)").doesNotContain("9"));
    }

    @Test
    void getDataAnswersPartialDigitsWithTimeoutAndALonePoundWithNothing() throws Exception {
        call(ScriptedCaller.create().atInput(press("12")).atInput(press("#")).atInput(press("7").afterMillis(500)),
                "GET DATA pin 3000 5", "GET DATA pin 3000 5", "WAIT FOR DIGIT 1000");

        assertThat(session.replyLines()).containsExactly("200 result=12 (timeout)", "200 result=", "200 result=55");
    }

    @Test
    void aMissingGetDataPromptAnswersMinusOneWithoutListening() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "ANSWER", "GET DATA missing 3000 4");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=-1");
        assertThat(call.agiStatus()).isEqualTo("SUCCESS");
        assertThat(call.missingSounds()).containsExactly("missing [en]");
    }

    @Test
    void variablesReadAsAsteriskReadsThem() throws Exception {
        call(ScriptedCaller.create(), "GET VARIABLE NOPE", "GET FULL VARIABLE ${NOPE}",
                "GET FULL VARIABLE \"${CHANNEL(language)}-${CALLERID(num)}\"", "GET VARIABLE CALLERID(name)");

        assertThat(session.replyLines()).containsExactly(
                "200 result=0", "200 result=1 ()", "200 result=1 (en-7185551234)", "200 result=1 (Test Caller)");
    }

    @Test
    void unquotedTextIsAUsageError() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "SEND TEXT HELLO THERE");

        assertThat(session.replyLines()).first().isEqualTo("520-Invalid command syntax.  Proper usage follows:");
        assertThat(session.replyLines()).last().isEqualTo("520 End of proper usage.");
        assertThat(call.protocolErrors()).singleElement().asString().contains("SEND TEXT");
    }

    @Test
    void textTypedByTheCallerIsReceivedWholeOrAsItsFirstCharacter() throws Exception {
        call(ScriptedCaller.create().atInput(typeText("HELLO")).atInput(typeText("CASE 123")),
                "RECEIVE CHAR 5000", "RECEIVE TEXT 5000", "RECEIVE TEXT 0");

        assertThat(session.replyLines()).containsExactly("200 result=72", "200 result=1 (CASE 123)", "200 result=-1");
    }

    @Test
    void streamFileReportsTheWholeLengthWhenPlayedToTheEnd() throws Exception {
        call(ScriptedCaller.create(), "ANSWER", "STREAM FILE welcome \"\"", "STREAM FILE welcome \"#\" 8000",
                "STREAM FILE missing \"\" 400");

        assertThat(session.replyLines()).containsExactly(
                "200 result=0", "200 result=0 endpos=16000", "200 result=0 endpos=16000", "200 result=-1 endpos=400");
    }

    @Test
    void controlStreamFileReportsMillisecondsAndSetsItsVariables() throws Exception {
        CallRecord call = call(ScriptedCaller.create().atCommand(3, press("5").afterMillis(750)),
                "ANSWER", "CONTROL STREAM FILE welcome \"\"", "CONTROL STREAM FILE menu \"5\"");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=0 endpos=-1", "200 result=53 endpos=750");
        assertThat(call.variables()).containsEntry("CPLAYBACKSTATUS", "USERSTOPPED")
                .containsEntry("CPLAYBACKSTOPKEY", "5").containsEntry("CPLAYBACKOFFSET", "750");
    }

    @Test
    void sayNumberSpeaksEnglishAndFailsInBengali() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "ANSWER", "SAY NUMBER 1234 \"\"",
                "SET VARIABLE CHANNEL(language) sq", "SAY NUMBER 1234 \"\"", "SAY DIGITS 42 \"\"");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=0", "200 result=1", "200 result=-1", "200 result=0");
        assertThat(call.soundsHeard()).containsExactly("digits/1", "digits/thousand", "digits/2", "digits/hundred",
                "digits/30", "digits/4", "digits/4", "digits/2");
    }

    @Test
    void anApplicationTheSimulatorDoesNotKnowIsReported() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "EXEC Dial PJSIP/agents", "EXEC Playback \"welcome&missing\"");

        assertThat(session.replyLines()).containsExactly("200 result=-2", "200 result=0");
        assertThat(call.protocolErrors()).singleElement().asString().contains("Dial");
        assertThat(call.variables()).containsEntry("PLAYBACKSTATUS", "FAILED");
    }

    @Test
    void theDialplanContinuesWhereTheServerSaid() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "SET CONTEXT agi-fail", "SET EXTENSION s", "SET PRIORITY 1");

        assertThat(call.continuation()).isEqualTo(new CallRecord.Continuation("agi-fail", "s", 1));
    }

    @Test
    void aSilentCallerOnAnEndlessWaitHangsUp() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "ANSWER", "WAIT FOR DIGIT -1", "NOOP");

        assertThat(session.replyLines()).containsExactly("200 result=0", "200 result=-1", "HANGUP", "200 result=0");
        assertThat(call.callerHungUp()).isTrue();
    }

    @Test
    void soundBeforeAnswerIsNoted() throws Exception {
        CallRecord call = call(ScriptedCaller.create(), "STREAM FILE welcome \"\"");

        assertThat(call.notes()).anySatisfy(note -> assertThat(note).contains("before ANSWER"));
    }

    @Test
    void aServerThatGoesQuietEndsTheCall() throws Exception {
        asterisk = AsteriskSimulator.builder().idleTimeout(Duration.ofMillis(200)).build();
        try (FakeAgiServer server = FakeAgiServer.silentFor(1000)) {
            CallRecord call = asterisk.call("127.0.0.1", server.port(), setup, ScriptedCaller.create());

            assertThat(call.end()).isEqualTo(CallRecord.End.SERVER_IDLE);
            assertThat(call.serverClosed()).isFalse();
        }
    }

    @Test
    void aServerThatNeverStopsIsCutOff() throws Exception {
        asterisk = AsteriskSimulator.builder().maxCommands(3).build();
        try (FakeAgiServer server = FakeAgiServer.sending(List.of("NOOP", "NOOP", "NOOP", "NOOP", "NOOP"))) {
            CallRecord call = asterisk.call("127.0.0.1", server.port(), setup, ScriptedCaller.create());

            assertThat(call.end()).isEqualTo(CallRecord.End.COMMAND_LIMIT);
            assertThat(call.commandCount()).isEqualTo(3);
        }
    }

    @Test
    void realTimePacingTakesAsLongAsThePrompt() throws Exception {
        asterisk = AsteriskSimulator.builder().pacing(Pacing.REAL_TIME)
                .sounds(SoundLibrary.everythingExists(Duration.ofMillis(300))).build();
        long started = System.nanoTime();

        CallRecord call = call(ScriptedCaller.create(), "ANSWER", "STREAM FILE welcome \"\"");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(call.callDuration()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void realTimePacingRepliesWhenThePromptHasPlayedAsAsteriskDoes() throws Exception {
        asterisk = AsteriskSimulator.builder().pacing(Pacing.REAL_TIME)
                .sounds(SoundLibrary.everythingExists(Duration.ofMillis(300))).build();

        call(ScriptedCaller.create(), "STREAM FILE welcome \"\"", "WAIT FOR DIGIT 200");

        assertThat(session.replyTimes().get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(session.replyTimes().get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void recordsShowNoKeysAndNoText() throws Exception {
        CallRecord call = call(ScriptedCaller.create().atInput(press("9876")).atInput(typeText("SECRETWORD")),
                "GET DATA pin 3000 5", "RECEIVE TEXT 3000");

        assertThat(call.keysPressed()).isEqualTo("9876");
        assertThat(call.toString()).doesNotContain("9876").doesNotContain("SECRETWORD");
        assertThat(call.callerInput().toString()).doesNotContainPattern("[6-9]").doesNotContain("SECRETWORD");
    }
}
