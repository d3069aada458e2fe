package gov.ocss.ivr.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.agi.ScriptRegistry;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
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
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.testing.LineServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A person at a terminal calling a real FastAGI listener, with what they type and what they see kept in memory. */
class TerminalPhoneTest {
    private static final String CASE_NUMBER = "1234567897";

    /** A little of the catalog: each prompt's sounds, and what each sound says in each language. */
    private static final Map<String, List<String>> SOUNDS = Map.of(
            "welcome", List.of("ocss/welcome"),
            "menu.language", List.of("ocss/menu_language"),
            "verify.case_number", List.of("ocss/case_number"),
            // As the catalog renders a sentence with a value: pauses around the value and at the full stop.
            "balance", List.of("ocss/balance_is", "ocss/pause/short", "digits/1", "digits/hundred", "ocss/pause/short",
                    "ocss/balance_is-2", "ocss/pause/long"),
            "goodbye", List.of("ocss/goodbye"),
            "dialog.not_heard", List.of("ocss/not_heard"),
            "dialog.not_understood", List.of("ocss/not_understood"));
    private static final SoundInventory INVENTORY = () -> List.of(
            new Sound(Language.ENGLISH, "ocss/welcome", "Welcome to the child support help line."),
            new Sound(Language.ENGLISH, "ocss/menu_language", "For English, press 1. For Bengali, press 2."),
            new Sound(Language.ENGLISH, "ocss/case_number", "Please enter your ten-digit case number."),
            new Sound(Language.ENGLISH, "ocss/balance_is", "Your balance is"),
            new Sound(Language.ENGLISH, "digits/1", "one"),
            new Sound(Language.ENGLISH, "digits/hundred", "hundred"),
            new Sound(Language.ENGLISH, "ocss/balance_is-2", "dollars."),
            Pause.AROUND_VALUE.in(Language.ENGLISH),
            Pause.SENTENCE.in(Language.ENGLISH),
            new Sound(Language.ENGLISH, "ocss/goodbye", "Goodbye."),
            new Sound(Language.ENGLISH, "ocss/not_heard", "Sorry, I didn't hear anything."),
            new Sound(Language.BENGALI, "ocss/welcome", "শিশু সহায়তা হেল্পলাইনে স্বাগতম।"));
    /** The TTY line reads the same words as the help line speaks. */
    private static final PromptRenderer RENDERER = new PromptRenderer() {
        @Override
        public String text(Prompt prompt, Language language) {
            StringBuilder text = new StringBuilder();
            for (String sound : sounds(prompt, language)) {
                String words = INVENTORY.textOf(language, sound).orElse(sound);
                if (!words.isEmpty()) {
                    text.append(words).append(' ');
                }
            }
            return text.toString().trim();
        }

        @Override
        public List<String> sounds(Prompt prompt, Language language) {
            return SOUNDS.get(prompt.key());
        }
    };

    private final AtomicInteger callsEnded = new AtomicInteger();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private FastAgiListener listener;

    @BeforeEach
    void startTheServer() {
        Map<Line, DialogTimings> timings = Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text());
        listener = LineServer.start(this::balanceLine, RENDERER, timings, new ClosingTime());
    }

    @AfterEach
    void stopTheServer() {
        listener.stop(Duration.ofSeconds(2));
    }

    /** A line in the shape of the real ones: choose a language, key a case number, hear a balance. */
    private void balanceLine(Call call) {
        call.onEnd(ending -> callsEnded.incrementAndGet());
        Dialog dialog = call.dialog();
        dialog.say(Prompt.of("welcome"));
        Answer<Language> language = dialog.menu(Menu.<Language>of(Prompt.of("menu.language"), Prompt.of("menu.language"))
                .choice('1', Language.ENGLISH).choice('2', Language.BENGALI));
        if (!(language instanceof Answer.Given<Language> chosen)) {
            dialog.tellDialplan(DialplanVariables.REASON, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
            dialog.tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT);
            return;
        }
        dialog.useLanguage(chosen.value());
        Answer<String> caseNumber = dialog.ask(Question.digits(Prompt.of("verify.case_number"), Prompt.of("verify.case_number"), 10, 10)
                .validatedBy(keys -> CaseNumber.parse(keys).isPresent()));
        if (caseNumber instanceof Answer.Given<String>) {
            dialog.say(Prompt.of("balance"));
            dialog.say(Prompt.of("goodbye"));
            dialog.hangUp();
        }
    }

    private int call(String typed, String... args) {
        return call(listener.port(), typed, args);
    }

    private int call(int port, String typed, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--port", Integer.toString(port)));
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(typed)),
                new PrintStream(screen, true, StandardCharsets.UTF_8), false);
        return new TerminalPhone(INVENTORY, terminal).call(PhoneCall.parse(all.toArray(String[]::new)));
    }

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private List<String> linesShown() {
        return shown().lines().toList();
    }

    @Test
    void aVoiceCallerSeesEachSentenceOnALineOfItsOwnAndTheLineHangingUp() {
        int status = call("1\n" + CASE_NUMBER + "\n", "helpline");

        assertThat(status).isZero();
        assertThat(linesShown()).containsSubsequence(
                "Welcome to the child support help line.",
                "For English, press 1. For Bengali, press 2.",
                "keys> ",
                "Please enter your ten-digit case number.",
                "keys> ",
                "Your balance is one hundred dollars.",
                "Goodbye.",
                "(The line hung up.)");
        assertThat(shown()).doesNotContain(CASE_NUMBER).doesNotContain("ocss/");
        assertThat(callsEnded).hasValue(1);
    }

    /** The pauses of a sentence are silence on the line: neither words nor, in verbose mode, sound names. */
    @Test
    void inVerboseModeEachLineShowsTheSoundsBehindIt() {
        call("1\n" + CASE_NUMBER + "\n", "helpline", "--verbose");

        assertThat(linesShown()).contains(
                "Welcome to the child support help line.  [ocss/welcome]",
                "Your balance is one hundred dollars.  [ocss/balance_is digits/1 digits/hundred ocss/balance_is-2]");
    }

    @Test
    void anEmptyLineWaitsWithoutAKeySoTheQuestionTimesOut() {
        call("\n1\n" + CASE_NUMBER + "\n", "helpline");

        assertThat(linesShown()).containsSubsequence("For English, press 1. For Bengali, press 2.", "keys> ",
                "Sorry, I didn't hear anything.", "For English, press 1. For Bengali, press 2.", "keys> ",
                "Please enter your ten-digit case number.");
    }

    @Test
    void aSoundTheInventoryDoesNotKnowIsShownByItsName() {
        call("9\nh\n", "helpline", "--verbose");

        assertThat(linesShown()).containsSubsequence("keys> ", "ocss/not_understood",
                "For English, press 1. For Bengali, press 2.  [ocss/menu_language]");
    }

    @Test
    void aShortEntryAsksForMoreKeysAndHashEndsIt() {
        call("1\n12345\n#\nh\n", "helpline");

        assertThat(linesShown()).containsSubsequence("Please enter your ten-digit case number.", "keys> ", "more keys> ",
                "ocss/not_understood", "Please enter your ten-digit case number.", "keys> ", "(You hung up.)");
    }

    @Test
    void whatIsNotAKeyIsAskedForAgainWithoutPressingAnything() {
        call("one\n1\nh\n", "helpline");

        assertThat(linesShown()).containsSubsequence("keys> ", "keys are 0-9, * and # (Enter alone waits, h hangs up)> ",
                "Please enter your ten-digit case number.", "keys> ", "(You hung up.)");
    }

    @Test
    void keysTypedAheadInterruptTheNextPromptAsOnAPhone() {
        call("1" + CASE_NUMBER + "\n", "helpline");

        assertThat(linesShown()).filteredOn(line -> line.startsWith("keys>")).hasSize(1);
        assertThat(linesShown()).contains("Your balance is one hundred dollars.", "(The line hung up.)");
    }

    @Test
    void hOrTheEndOfInputHangsUp() {
        call("h\n", "helpline");
        call("", "tty");

        assertThat(linesShown()).filteredOn("(You hung up.)"::equals).hasSize(2);
        assertThat(callsEnded).hasValue(2);
    }

    @Test
    void zeroIsAskingForARepresentativeWhichTheDialplanWouldConnect() {
        call("0\n", "helpline", "--verbose");

        assertThat(linesShown()).contains(
                "(The automated line is done: you would now be put through to a representative (IVR_NEXT=agent, IVR_REASON=asked).)",
                "(dialplan variables: IVR_NEXT=agent IVR_REASON=asked)");
    }

    @Test
    void theLanguageComesFromTheDialplanAndTheWordsInIt() {
        call("h\n", "helpline", "--lang", "bn");

        assertThat(linesShown()).contains("শিশু সহায়তা হেল্পলাইনে স্বাগতম।");
        assertThat(linesShown().get(0)).contains("in Bengali");
    }

    @Test
    void aTtyCallerReadsEachLineOfTextTypesAnswersAndIsSignedOff() {
        int status = call("1\n123-456-7897\n", "tty");

        assertThat(status).isZero();
        assertThat(linesShown()).containsSubsequence(
                "WELCOME TO THE CHILD SUPPORT HELP LINE. FOR ENGLISH, PRESS 1.",
                "FOR BENGALI, PRESS 2. GA",
                "type> ",
                "PLEASE ENTER YOUR TEN-DIGIT CASE NUMBER. GA",
                "type> ",
                "YOUR BALANCE IS ONE HUNDRED DOLLARS. GOODBYE. SK",
                "(The line hung up.)");
        assertThat(shown()).doesNotContain("123-456-7897");
    }

    @Test
    void aRealTimeTextProfileShowsTheTextAsWritten() {
        call("h\n", "tty", "--profile", "utf8");

        assertThat(linesShown()).contains("Welcome to the child support help line. For English, press 1.");
    }

    @Test
    void withNoServerListeningThePersonIsToldHowToStartOne() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        int status = call(closedPort, "", "helpline");

        assertThat(status).isEqualTo(1);
        assertThat(linesShown()).contains("No phone server on 127.0.0.1:" + closedPort + ". Start it with ./phoneline start");
    }

    @Test
    void aServerWithoutTheLineSaysSo() {
        FastAgiListener noLines = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, new ScriptRegistry(),
                AgiLimits.defaults(), 10, new ClosingTime());
        noLines.start();
        try {
            call(noLines.port(), "", "tty");
        } finally {
            noLines.stop(Duration.ofSeconds(1));
        }

        assertThat(linesShown()).contains("(The phone server on 127.0.0.1:" + noLines.port() + " has no 'tty' line to answer the call.)");
    }

    @Test
    void theKeysAPersonTypesReachNoLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger ours = (Logger) LoggerFactory.getLogger("gov.ocss.ivr");
        Level before = ours.getLevel();
        ours.setLevel(Level.ALL);
        ours.addAppender(log);
        try {
            call("1\n" + CASE_NUMBER + "\n", "helpline");
            call("1\n" + CASE_NUMBER + "\n", "tty");
        } finally {
            ours.detachAppender(log);
            ours.setLevel(before);
        }

        assertThat(log.list).isNotEmpty();
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(CASE_NUMBER));
    }
}
