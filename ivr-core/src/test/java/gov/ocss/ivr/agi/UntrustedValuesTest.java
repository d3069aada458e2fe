package gov.ocss.ivr.agi;

import gov.ocss.ivr.call.CallsInProgress;
import gov.ocss.ivr.audiosocket.AudioLinks;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.call.CallFlow;
import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.testing.KeyRenderer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Values the caller's side writes (caller id, arguments, the query string, the unique id, the reply
 * text) reach the script cleaned, and never come back out in a command or a log line as they came in.
 */
class UntrustedValuesTest {
    private static final String HOSTILE = "%s{}${SHELL(reboot)}'; DROP TABLE x; --\r\u0000\u001b[2J\u09AC";
    /**
     * The same, in a query string: a % there would be a bad escape (a case of its own below), and
     * after a CR Asterisk-Java reads no query string at all, so no script has the name.
     */
    private static final String HOSTILE_QUERY = HOSTILE.replace("%", "").replace("\r", "");

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private FastAgiListener listener;

    @BeforeEach
    void start() {
        logged.start();
        root().addAppender(logged);
        CallFlow flow = call -> {
            calls.add(call);
            call.dialog().say(Prompt.of("welcome"));
            call.dialog().tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP);
        };
        ClosingTime closingTime = new ClosingTime();
        ScriptRegistry scripts = new ScriptRegistry().register("helpline", new CallScript(Line.HELPLINE, flow, new KeyRenderer(),
                Map.of(Line.HELPLINE, DialogTimings.voice()), closingTime, Clock.systemUTC(),
                CallsInProgress.NONE, AudioLinks.NONE, Duration.ZERO));
        listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, AgiLimits.defaults(), 10, closingTime);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(Duration.ofSeconds(2));
        root().detachAppender(logged);
    }

    @Test
    void hostileCallerValuesReachTheScriptCleanedAndLengthLimited() throws IOException {
        String environment = AgiPeer.environment("helpline?lang=" + HOSTILE_QUERY + "&profile=" + "p".repeat(500), "1795423330.5" + HOSTILE)
                .replace("agi_calleridname: Test Caller", "agi_calleridname: " + HOSTILE + "n".repeat(5000))
                .replace("\n\n", "\nagi_arg_1: " + HOSTILE + "\nagi_arg_2: " + "a".repeat(3000) + "\n\n");

        List<String> commands = call(environment);

        Call call = calls.get(0);
        assertThat(call.id()).isEqualTo("1795423330.5%s{}${SHELL(reboot)}'; DROP ");
        assertThat(call.parameter("lang")).hasValue("s{}${SHELL(reboot)}'; DROP TABLE x; --[2J");
        assertThat(call.parameter("profile").orElseThrow()).hasSize(100);
        assertThat(call.arguments()).containsExactly("%s{}${SHELL(reboot)}'; DROP TABLE x; --[2J", "a".repeat(100));
        // The welcome is played at the hand-over, after the variable the dialplan reads once the script ends.
        assertThat(commands).containsExactly("SET VARIABLE \"IVR_NEXT\" \"hangup\"", "EXEC \"Background\" \"en/welcome\"",
                "SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"");
        assertThat(controlCharactersLogged()).isEmpty();
    }

    @Test
    void aQueryStringOrArgumentsAsteriskJavaCannotReadStillMakeACall() throws IOException {
        // A bad %-escape, and an argument whose agi_arg_ name is not a number: Asterisk-Java throws at both.
        String environment = AgiPeer.environment("helpline?lang=%zz", "1795423330.6")
                .replace("\n\n", "\nagi_arg_1 : first\n\n");

        List<String> commands = call(environment);

        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).parameter("lang")).isEmpty();
        assertThat(calls.get(0).arguments()).isEmpty();
        assertThat(commands).contains("SET VARIABLE \"IVR_NEXT\" \"hangup\"");
    }

    @Test
    void anUnknownScriptNameIsNotEchoedToAsteriskWithItsControlCharacters() throws IOException {
        List<String> commands = call(AgiPeer.environment("nothing\r\u001b[2J" + HOSTILE, "1795423330.7"));

        assertThat(commands).isNotEmpty().allSatisfy(command -> assertThat(command).doesNotContainPattern("[\\x00-\\x1f\\x7f]"));
        assertThat(commands).contains("SET VARIABLE \"AJ_AGISTATUS\" \"NOT_FOUND\"");
        assertThat(controlCharactersLogged()).isEmpty();
    }

    @Test
    void theUsageTextOfA520ReplyIsLoggedCleaned() throws IOException {
        List<String> commands = new ArrayList<>();
        try (AgiPeer asterisk = new AgiPeer(listener.port(), 5000)) {
            asterisk.send(AgiPeer.environment("helpline", "1795423330.8"));
            commands.add(asterisk.readCommand());
            asterisk.send("520-Invalid command syntax.  Proper usage follows:\nUsage: ANSWER \u001b[2J" + HOSTILE.replace("\r", "")
                    + "\n520 End of proper usage.\n");
            for (String command = asterisk.readCommand(); command != null; command = asterisk.readCommand()) {
                commands.add(command);
                asterisk.send("200 result=0\n");
            }
        }
        assertThat(commands).contains("SET VARIABLE \"IVR_NEXT\" \"agent\"");
        assertThat(List.copyOf(logged.list)).anySatisfy(event -> assertThat(event.getThrowableProxy()).isNotNull()
                .satisfies(thrown -> assertThat(thrown.getMessage()).startsWith("Asterisk refused ").contains("%s{}${SHELL(reboot)}")));
        assertThat(controlCharactersLogged()).isEmpty();
    }

    /** Plays a well-behaved Asterisk: every command gets a plain success. */
    private List<String> call(String environment) throws IOException {
        List<String> commands = new ArrayList<>();
        try (AgiPeer asterisk = new AgiPeer(listener.port(), 5000)) {
            asterisk.send(environment);
            for (String command = asterisk.readCommand(); command != null; command = asterisk.readCommand()) {
                commands.add(command);
                asterisk.send(command.startsWith("STREAM FILE") ? "200 result=0 endpos=9600\n" : "200 result=0\n");
            }
        }
        return commands;
    }

    private List<String> controlCharactersLogged() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            String text = event.getFormattedMessage() + event.getMDCPropertyMap().values()
                    + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
