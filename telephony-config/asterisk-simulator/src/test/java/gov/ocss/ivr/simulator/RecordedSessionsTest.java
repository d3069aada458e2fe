package gov.ocss.ivr.simulator;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.silence;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator against the sessions recorded from a real Asterisk: a fake server replays the
 * recorded commands, the simulated caller does what the recorded caller did, and every reply
 * line must be the recorded one, byte for byte.
 */
class RecordedSessionsTest {
    private static final String RECORDED_DIALPLAN_ADDRESS = "127.0.0.1:4599";

    @ParameterizedTest
    @ValueSource(strings = {"voice-session.txt", "text-session-ivr-side.txt", "text-session-caller-side.txt"})
    void copiesInTheTestResourcesAreByteIdenticalToTheSharedRecordings(String name) throws Exception {
        Path shared = sharedRecordings();
        assumeTrue(Files.isDirectory(shared), "no shared recordings next to the repository: " + shared);

        assertThat(RecordedSession.bytes(name)).isEqualTo(Files.readAllBytes(shared.resolve(name)));
    }

    @Test
    void voiceSessionIsAnsweredExactlyAsRecorded() throws Exception {
        RecordedSession recorded = RecordedSession.load("voice-session.txt");
        CallSetup setup = CallSetup.forScript("voice")
                .query("lang=bn&line=help")
                .args("first arg", "second")
                .channel("Local/voice@ivr-test-00000002;2")
                .uniqueId("1795423330.5")
                .callerId("7185551234", "Test Caller")
                .context("ivr-test")
                .extension("voice")
                .priority(4)
                .threadId(140199135430336L)
                .dialplanAddress(RECORDED_DIALPLAN_ADDRESS)
                .build();
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("silence/1", press("5").after(Duration.ofMillis(1200)))
                .atInput(press("1234"))
                .atInput(press("98#"))
                .atInput(silence())                 // WAIT FOR DIGIT
                .atInput(silence())                 // RECEIVE TEXT
                .atInput(silence())                 // RECEIVE CHAR
                .atInput(silence())                 // GET DATA -> (timeout)
                .atInput(hangUp());                 // GET DATA -> -1
        AsteriskSimulator asterisk = AsteriskSimulator.builder()
                .sounds(SoundLibrary.everythingExists(Duration.ofSeconds(2)).except("no/such/file"))
                .build();

        CallRecord call;
        FakeAgiServer.Session seen;
        try (FakeAgiServer server = FakeAgiServer.sending(recorded.commands())) {
            call = asterisk.call("127.0.0.1", server.port(), setup, caller);
            seen = server.session();
        }

        assertThat(seen.environment()).containsExactlyElementsOf(recorded.environment());
        assertThat(seen.replies()).containsExactlyElementsOf(recorded.replies());
        assertThat(call.replies()).containsExactlyElementsOf(recorded.replyLines());
        assertThat(call.commands()).containsExactlyElementsOf(recorded.commands());
        assertThat(caller.pendingSteps()).isEmpty();
        assertThat(call.end()).isEqualTo(CallRecord.End.SERVER_CLOSED);
        assertThat(call.callerHungUpAtCommand()).hasValue(21);
        assertThat(call.keysPressed()).isEqualTo("5123498#");
        assertThat(call.language()).isEqualTo("bn");
        assertThat(call.variable("IVR_RESULT")).hasValue("transfer");
        // res_agi.c: STREAM FILE of a missing file fails the command, and that failure sticks.
        assertThat(call.agiStatus()).isEqualTo("FAILURE");
        assertThat(call.missingSounds()).containsExactly("no/such/file [bn]");
        assertThat(call.soundsHeard()).containsExactly("silence/1", "silence/1", "silence/1", "digits/1", "digits/2",
                "silence/1", "silence/1", "silence/1");
        assertThat(call.textsShown()).containsExactly("HELLO, TEXT LINE GA");
        assertThat(call.protocolErrors()).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("command #12: unknown command"))
                .anySatisfy(e -> assertThat(e).startsWith("command #13: wrong syntax for GET DATA"));
    }

    @Test
    void textSessionIsAnsweredExactlyAsRecorded() throws Exception {
        RecordedSession recorded = RecordedSession.load("text-session-ivr-side.txt");
        CallSetup setup = CallSetup.forScript("text")
                .channel("Local/text@ivr-text-00000003;2")
                .uniqueId("1795423387.7")
                .context("ivr-text")
                .extension("text")
                .priority(2)
                .threadId(140199135430336L)
                .dialplanAddress(RECORDED_DIALPLAN_ADDRESS)
                .build();
        ScriptedCaller caller = ScriptedCaller.create()
                .whenReading("ENTER YOUR CASE NUMBER", typeText("1234567890"))
                .atInput(2, silence());

        CallRecord call;
        FakeAgiServer.Session seen;
        try (FakeAgiServer server = FakeAgiServer.sending(recorded.commands())) {
            call = AsteriskSimulator.create().call("127.0.0.1", server.port(), setup, caller);
            seen = server.session();
        }

        assertThat(seen.environment()).containsExactlyElementsOf(recorded.environment());
        assertThat(seen.replies()).containsExactlyElementsOf(recorded.replies());
        assertThat(call.transcript()).extracting(CallRecord.Line::toString)
                .containsExactlyElementsOf(recordedTranscript("text-session-ivr-side.txt"));
        assertThat(caller.pendingSteps()).isEmpty();
        assertThat(call.textsShown()).containsExactly("WELCOME. ENTER YOUR CASE NUMBER GA", "THANK YOU SK");
        assertThat(call.textsTyped()).containsExactly("1234567890");
        assertThat(call.serverHungUp()).isTrue();
        assertThat(call.callerHungUp()).isFalse();
        assertThat(call.agiStatus()).isEqualTo("HANGUP");
        assertThat(call.protocolErrors()).isEmpty();
    }

    private static List<String> recordedTranscript(String name) throws Exception {
        return new String(RecordedSession.bytes(name), java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(">>> ") || line.startsWith("<<< "))
                .toList();
    }

    /** {@code ../shared/asterisk-agi} next to the repository root, found from wherever the test runs. */
    private static Path sharedRecordings() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("ivr-core")))) {
            dir = dir.getParent();
        }
        Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
        return root.resolve("../shared/asterisk-agi").normalize();
    }
}
