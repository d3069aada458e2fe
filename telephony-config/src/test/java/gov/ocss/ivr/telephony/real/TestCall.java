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
    /** Events of the line's channel up to here have been waited for already. */
    private int heardUpTo;

    TestCall(Robots.Agi robot, ChannelLog line) {
        this.robot = robot;
        this.line = line;
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

    /** Listens to the whole question, then presses the keys, as a first-time caller does. */
    TestCall answer(String keys) throws IOException, InterruptedException {
        heardUpTo = line.await(heardUpTo, e -> e.isCommand("WAIT FOR DIGIT"), TURN, "a question");
        return press(keys);
    }

    /** Presses the keys one at a time, each while the line runs a command that takes it (a prompt or a wait for a key). */
    TestCall press(String keys) throws IOException, InterruptedException {
        for (char key : keys.toCharArray()) {
            int command = running(e -> takes(e, key), "a command that takes a key");
            sendKey(key);
            // The key is taken when that command answers; the next key waits for the next command.
            int reply = line.await(command + 1, e -> e.kind() == Kind.REPLY, TURN, "the key to be taken");
            if (line.events().get(reply).text().matches("200 result=0( .*)?")) {
                // The command ended without a key: the robot, which learns of it from Asterisk's log,
                // pressed after the line had stopped waiting, and the call has gone where a silent
                // caller's goes. Said here, not as a wait for a prompt that never comes.
                throw new AssertionError("the robot pressed a key too late: the line's " + line.events().get(command).text()
                        .replaceAll(" \".*", "") + " had ended without one");
            }
            heardUpTo = reply + 1;
        }
        return this;
    }

    /**
     * Presses {@code key} as soon as the line starts its next prompt, as a caller who ends an entry with
     * # does while the next prompt begins. Returns the prompt's reply.
     */
    String pressDuringNextPrompt(char key) throws IOException, InterruptedException {
        int prompt = line.await(heardUpTo, e -> e.isCommand("STREAM FILE"), TURN, "the next prompt");
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

    private static boolean takes(Event event, char key) {
        if (event.isCommand("WAIT FOR DIGIT")) {
            return true;
        }
        if (event.isCommand("STREAM FILE")) {
            int escape = event.text().lastIndexOf(' ');
            return event.text().substring(escape + 1).indexOf(key) >= 0;
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
