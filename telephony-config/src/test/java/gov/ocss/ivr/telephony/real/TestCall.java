package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.telephony.real.AsteriskLog.ChannelLog;
import gov.ocss.ivr.telephony.real.AsteriskLog.Event;
import gov.ocss.ivr.telephony.real.AsteriskLog.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One call into the real Asterisk, as the carrier delivers it, with a robot on the caller's side.
 * The robot acts like a person who listens: it presses a key or types a line only while Asterisk is
 * running a command of the line's that takes it (res_agi drops what arrives between commands), and it
 * knows what the line said from Asterisk's log of the line's half of the call.
 */
final class TestCall implements AutoCloseable {
    static final Duration TURN = Duration.ofSeconds(60);

    private final Robots.Agi robot;
    private final ChannelLog line;
    private final Sounds sounds;
    /** Events of the line's channel up to here have been waited for already. */
    private int heardUpTo;

    TestCall(Robots.Agi robot, ChannelLog line, Sounds sounds) {
        this.robot = robot;
        this.line = line;
        this.sounds = sounds;
    }

    /** A command of the line's that waits for the first key of an answer (after its prompt, for GET OPTION). */
    static boolean asks(Event event) {
        return event.isCommand("WAIT FOR DIGIT") || event.isCommand("GET OPTION");
    }

    /** A command of the line's that plays a prompt. */
    static boolean plays(Event event) {
        return event.isCommand("STREAM FILE") || event.isCommand("EXEC \"Background\"") || event.isCommand("EXEC Background")
                || event.isCommand("GET OPTION");
    }

    /** The line's half of the call (the channel the phone server talks to). */
    String lineChannel() {
        return line.name();
    }

    /** Asterisk's unique id of the line's half of the call, as the phone server was given it (agi_uniqueid). */
    String lineUniqueId() throws InterruptedException {
        return line.events().get(line.await(0, e -> e.kind() == Kind.ENVIRONMENT && e.text().startsWith("agi_uniqueid: "),
                TURN, "the AGI environment")).text().substring("agi_uniqueid: ".length());
    }

    /**
     * Listens to the whole question, then presses the keys, as a first-time caller does: a GET OPTION
     * plays the question before it waits, so the robot lets its sound play out first.
     */
    TestCall answer(String keys) throws IOException, InterruptedException {
        heardUpTo = line.await(heardUpTo, TestCall::asks, TURN, "a question");
        Event question = line.events().get(heardUpTo);
        if (question.isCommand("GET OPTION")) {
            Duration prompt = sounds.length(question.text().split("\"")[1]);
            Duration left = Duration.between(java.time.LocalDateTime.now(), question.time().plus(prompt));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        }
        return press(keys);
    }

    /**
     * Presses the keys, each while the line runs a command that takes it (a prompt, a wait for a key, or
     * a GET DATA, which takes the rest of an entry in one command). A # after an entry that the line
     * already took whole is pressed at once, whatever the line does, as a caller ends an entry.
     */
    TestCall press(String keys) throws IOException, InterruptedException {
        int i = 0;
        // The last keys were taken whole by a GET DATA: a # that follows only ends the entry for the caller.
        boolean entryComplete = false;
        while (i < keys.length()) {
            char key = keys.charAt(i);
            if (key == '#' && entryComplete) {
                sendKey(key);
                entryComplete = false;
                i++;
                continue;
            }
            int command = running(e -> takes(e, key), "a command that takes a key");
            Event taking = line.events().get(command);
            int pressed = 1;
            if (taking.isCommand("GET DATA")) {
                // Asterisk collects up to its last number of keys, or to a #, in this one command.
                String[] words = taking.text().trim().split(" ");
                int most = Integer.parseInt(words[words.length - 1]);
                while (pressed < most && i + pressed < keys.length() && keys.charAt(i + pressed - 1) != '#') {
                    pressed++;
                }
            }
            for (int k = 0; k < pressed; k++) {
                sendKey(keys.charAt(i + k));
            }
            // The keys are taken when that command answers; the next key waits for the next command.
            int reply = line.await(command + 1, e -> e.kind() == Kind.REPLY, TURN, "the key to be taken");
            String answered = line.events().get(reply).text();
            if (answered.matches("200 result=0( .*)?") || taking.isCommand("GET DATA") && answered.contains("(timeout)")) {
                // The command ended without the keys: the robot, which learns of it from Asterisk's log,
                // pressed after the line had stopped waiting, and the call has gone where a silent
                // caller's goes. Said here, not as a wait for a prompt that never comes.
                throw new AssertionError("the robot pressed a key too late: the line's " + taking.text()
                        .replaceAll(" \".*", "") + " had ended without it");
            }
            entryComplete = taking.isCommand("GET DATA") && keys.charAt(i + pressed - 1) != '#';
            heardUpTo = reply + 1;
            i += pressed;
        }
        return this;
    }

    /**
     * Presses {@code key} as soon as the line starts its next prompt, as a caller who ends an entry with
     * # does while the next prompt begins. Returns the prompt's reply.
     */
    String pressDuringNextPrompt(char key) throws IOException, InterruptedException {
        int prompt = line.await(heardUpTo, TestCall::plays, TURN, "the next prompt");
        sendKey(key);
        int reply = line.await(prompt + 1, e -> e.kind() == Kind.REPLY, TURN, "the prompt's reply");
        heardUpTo = reply + 1;
        return line.events().get(reply).text();
    }

    /**
     * The next command from where the call has got to that {@code wanted} accepts and that Asterisk is
     * still running: one that has already been answered (a wait for a key that timed out while the robot
     * read the log) would drop what the robot sends.
     */
    private int running(Predicate<Event> wanted, String what) throws InterruptedException {
        int from = heardUpTo;
        while (true) {
            int command = line.await(from, wanted, TURN, what);
            List<Event> events = line.events();
            if (events.subList(command + 1, events.size()).stream().noneMatch(e -> e.kind() == Kind.REPLY)) {
                return command;
            }
            from = command + 1;
        }
    }

    private void sendKey(char key) throws IOException {
        String reply = robot.command("EXEC SendDTMF " + key);
        if (!reply.startsWith("200 result=0")) {
            throw new AssertionError("the robot could not press a key: " + reply.replaceAll("\\d", "N"));
        }
    }

    /** Whether the command takes the key: GET DATA and Background take any; the others their escape digits. */
    private static boolean takes(Event event, char key) {
        if (event.isCommand("WAIT FOR DIGIT") || event.isCommand("GET DATA") || event.isCommand("EXEC \"Background\"")
                || event.isCommand("EXEC Background")) {
            return true;
        }
        if (event.isCommand("STREAM FILE")) {
            int escape = event.text().lastIndexOf(' ');
            return event.text().substring(escape + 1).indexOf(key) >= 0;
        }
        if (event.isCommand("GET OPTION")) {
            String[] quoted = event.text().split("\"");
            return quoted.length > 3 && quoted[3].indexOf(key) >= 0;
        }
        return false;
    }

    /** Types a line while the line waits for one (RECEIVE TEXT), as a TTY caller does after GA. */
    TestCall type(String text) throws IOException, InterruptedException {
        int command = running(e -> e.isCommand("RECEIVE TEXT"), "the line to wait for text");
        String reply = robot.command("SEND TEXT \"" + text + "\"");
        if (!reply.startsWith("200 result=0")) {
            throw new AssertionError("the robot could not type: " + reply);
        }
        heardUpTo = line.await(command + 1, e -> e.kind() == Kind.REPLY, TURN, "the typed line to be taken") + 1;
        return this;
    }

    /** Waits until the line has played the sound {@code name} (e.g. {@code en/ocss/verify-pin}). */
    TestCall awaitSound(String name) throws InterruptedException {
        heardUpTo = line.await(heardUpTo, e -> e.kind() == Kind.PLAYED && e.text().equals(name), TURN, "the sound " + name) + 1;
        return this;
    }

    /** Waits until the line has sent text containing {@code words}, over AGI or from the dialplan. */
    TestCall awaitText(String words) throws InterruptedException {
        heardUpTo = line.await(heardUpTo, e -> sentText(e).contains(words), TURN, "the text '" + words + "'") + 1;
        return this;
    }

    /**
     * Waits for an event of the line's channel, from where the call has got to. The event is not used
     * up: a question waited for here is the one {@link #type} or {@link #press} then answers.
     */
    Event await(Predicate<Event> wanted, String what) throws InterruptedException {
        heardUpTo = line.await(heardUpTo, wanted, TURN, what);
        return line.events().get(heardUpTo);
    }

    /** Every sound the line played, in order. */
    List<String> soundsPlayed() {
        return line.events().stream().filter(e -> e.kind() == Kind.PLAYED).map(Event::text).toList();
    }

    /** Every line of text the line sent the caller, in order. */
    List<String> textRead() {
        return line.events().stream().map(TestCall::sentText).filter(t -> !t.isEmpty()).toList();
    }

    private static String sentText(Event event) {
        if (event.isCommand("SEND TEXT ")) {
            String quoted = event.text().substring("SEND TEXT ".length()).trim();
            return quoted.startsWith("\"") && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1) : quoted;
        }
        if (event.kind() == Kind.APPLICATION && event.text().equals("SendText")) {
            return event.detail();
        }
        return "";
    }

    List<Event> lineEvents() {
        return line.events();
    }

    /**
     * The caller hangs up now, whatever the line is doing. The robot's channel only goes once its AGI
     * session ends (HANGUP alone marks it for hanging up), so the robot closes its connection too.
     */
    void hangUp() throws IOException {
        if (!robot.isClosed()) {
            robot.command("HANGUP");
            robot.close();
        }
    }

    /**
     * Records what the caller hears, from now until the line ends the call, into {@code wav} (Asterisk's
     * wav: 8 kHz 16-bit mono), as a TDD or a person on the line would hear it: the robot runs AGI's
     * RECORD FILE, which keeps every audio frame that reaches its half of the call. For a call planned
     * {@link CallPlan#listening()}, so that the first sound is not lost.
     */
    TestCall recordUntilHangUp(Path wav, Duration timeout) throws IOException, InterruptedException {
        String name = wav.toAbsolutePath().toString();
        if (!name.endsWith(".wav") || name.contains(" ")) {
            throw new IllegalArgumentException("a recording is a .wav file with no space in its path: " + name);
        }
        String base = name.substring(0, name.length() - ".wav".length());
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
            try {
                // No key stops it, no time limit: it ends when the call does.
                return robot.command("RECORD FILE " + base + " wav \"\" -1");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, command -> {
            Thread recording = new Thread(command, "robot-recording");
            recording.setDaemon(true);
            recording.start();
        });
        try {
            String ended = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended.contains("(hangup)") && !ended.startsWith("511")) {
                throw new AssertionError("the robot's recording stopped before the call ended: " + ended);
            }
        } catch (TimeoutException e) {
            hangUp();
            throw new AssertionError("the call on " + line.name() + " did not end within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AssertionError("the robot could not record", e.getCause());
        }
        return this;
    }

    /** Waits for the line to end the call (the robot's half is hung up with it). */
    TestCall awaitEnd(Duration timeout) throws IOException, InterruptedException {
        if (!robot.awaitHangUp(timeout)) {
            throw new AssertionError("the call on " + line.name() + " did not end within " + timeout.toSeconds() + " s");
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        hangUp();
    }
}
