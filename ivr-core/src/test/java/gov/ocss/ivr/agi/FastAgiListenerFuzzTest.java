package gov.ocss.ivr.agi;

import gov.ocss.ivr.call.CallsInProgress;
import gov.ocss.ivr.audiosocket.AudioLinks;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.call.CallFlow;
import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.testing.KeyRenderer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole listener over real TCP, fed well over a thousand mutated connections from a few
 * clients at once (mutated recordings, noise, silence, dribbled bytes, resets) while well-behaved
 * calls run beside them. Every fuzzed connection must end within the limits; the well-behaved calls
 * must each get exactly their commands; afterwards the server still takes a call, holds no call and
 * no thread, and has logged no stack trace for garbage. Caller-side values reach the script cleaned,
 * and nothing the caller side sent comes back in a command or a log line.
 *
 * <p>The seed is fixed and printed; {@code -Dfuzz.seed=N} replays a run.
 */
class FastAgiListenerFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final int FUZZED_CONNECTIONS = 900;
    private static final int FUZZING_CLIENTS = 6;
    private static final AgiLimits LIMITS = new AgiLimits(1024, 40, Duration.ofMillis(400), Duration.ofMillis(400));
    /** A connection must be closed this soon after its client's last byte: the longest limit, plus a busy machine. */
    private static final Duration CUT_OFF = Duration.ofMillis(400).plusSeconds(3);
    private static final int HANG = 8000;

    private static final Pattern SET_VARIABLE = Pattern.compile("SET VARIABLE \"([^\"]*)\" \"([^\"]*)\"");
    private static final Set<String> VARIABLES = Set.of("CHANNEL(language)", "AJ_AGISTATUS", DialplanVariables.NEXT,
            DialplanVariables.LANGUAGE, DialplanVariables.REASON, DialplanVariables.LINE);
    private static final Set<String> VALUES = Set.of("en", "bn", "sq", "helpline", "tty", "SUCCESS", "FAILED", "NOT_FOUND",
            DialplanVariables.NEXT_AGENT, DialplanVariables.NEXT_HANGUP, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow(),
            Ending.NEEDS_HELP.dialplanReason().orElseThrow(), Ending.SYSTEM_FAILURE.dialplanReason().orElseThrow(), Ending.SHUTDOWN.dialplanReason().orElseThrow());
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7e]*");

    private final AgiFuzzInput input = AgiFuzzInput.recorded();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> uncaught = new ConcurrentLinkedQueue<>();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Thread.UncaughtExceptionHandler previousHandler;
    private FastAgiListener listener;
    private Set<Thread> threadsBefore;

    /** A flow in the shape of the real ones: something said, a question, the dialplan told, a hang-up. */
    private final CallFlow flow = call -> {
        checkCleaned("call id", call.id(), 40);
        call.arguments().forEach(argument -> checkCleaned("argument", argument, 100));
        for (String name : List.of("lang", "profile", "line")) {
            call.parameter(name).ifPresent(value -> checkCleaned("parameter " + name, value, 100));
        }
        call.dialog().say(Prompt.of("welcome"));
        Answer<String> answer = call.dialog().ask(Question.digits(Prompt.of("enter"), Prompt.of("enter.help"), 1, 10));
        if (answer instanceof Answer.Given<String> given) {
            if (!given.value().matches("[0-9]+")) {
                problems.add("an answer to a digits question that is not ASCII digits: " + given.value().length() + " characters");
            }
            answers.put(call.id(), given.value());
        }
        call.dialog().tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP);
        call.dialog().hangUp();
    };

    @BeforeEach
    void start() {
        threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        logged.start();
        root().addAppender(logged);
        ClosingTime closingTime = new ClosingTime();
        Map<Line, DialogTimings> timings = Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text());
        CallScript voice = new CallScript(Line.HELPLINE, flow, new KeyRenderer(), timings, closingTime, Clock.systemUTC(),
                CallsInProgress.NONE, AudioLinks.NONE, Duration.ZERO);
        CallScript text = new CallScript(Line.TTY, flow, new KeyRenderer(), timings, closingTime, Clock.systemUTC(),
                CallsInProgress.NONE, AudioLinks.NONE, Duration.ZERO);
        // The recordings' own script names too, so that their mutated environments reach a script.
        ScriptRegistry scripts = new ScriptRegistry().register("helpline", voice).register("voice", voice)
                .register("tty", text).register("text", text).register("robottext", text);
        listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, LIMITS, 200, closingTime);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(Duration.ofSeconds(2));
        root().detachAppender(logged);
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void fuzzedConnectionsEndWithinTheLimitsWhileWellBehavedCallsGoOnUntouched() throws Exception {
        System.out.println("FastAgiListenerFuzzTest: seed " + SEED);
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(FUZZING_CLIENTS + 1);
        AtomicBoolean fuzzing = new AtomicBoolean(true);
        Future<Integer> wellBehaved = clients.submit(() -> {
            int calls = 0;
            while (fuzzing.get() || calls < 4) {
                wellBehavedCall(calls % 2 == 0 ? Line.HELPLINE : Line.TTY, "good-" + calls);
                calls++;
                // A caller now and then is enough to see the fuzzing touch no one else; a flood would only slow it.
                Thread.sleep(50);
            }
            return calls;
        });
        List<Future<?>> fuzzers = new ArrayList<>();
        for (int client = 0; client < FUZZING_CLIENTS; client++) {
            long seed = SEED + client;
            fuzzers.add(clients.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < FUZZED_CONNECTIONS / FUZZING_CLIENTS; i++) {
                    fuzzedConnection(random, "client seed " + seed + ", case " + i);
                }
                return null;
            }));
        }
        for (Future<?> fuzzer : fuzzers) {
            fuzzer.get(60, TimeUnit.SECONDS);
        }
        fuzzing.set(false);
        int goodCalls = wellBehaved.get(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        System.out.printf("FastAgiListenerFuzzTest: %d fuzzed connections and %d well-behaved calls in %d ms%n",
                FUZZED_CONNECTIONS, goodCalls, Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(uncaught).as("exceptions that ended a thread").isEmpty();
        assertThat(goodCalls).isGreaterThanOrEqualTo(4);

        wellBehavedCall(Line.HELPLINE, "after-the-fuzzing");
        assertThat(problems).isEmpty();
        awaitNoCallsInProgress();
        assertThat(stackTracesForGarbage()).as("stack traces logged for bad input").isEmpty();
        assertThat(logLinesWithControlCharacters()).as("log lines carrying control characters").isEmpty();

        listener.stop(Duration.ofSeconds(2));
        awaitThreadsBackTo(threadsBefore);
    }

    private void fuzzedConnection(Random random, String name) throws IOException {
        List<String> commands = new ArrayList<>();
        try (AgiPeer peer = new AgiPeer(listener.port(), HANG)) {
            // Most cases end their input, so that the server sees the end at once; a few leave the server
            // waiting, which only its time-outs end (those take the time of this test).
            int kind = random.nextInt(100);
            if (kind < 40) {
                peer.send(input.mutatedEnvironment(random));
                peer.stopSending();
            } else if (kind < 82) {
                converse(peer, random, commands);
                if (random.nextInt(40) > 0) {
                    peer.stopSending();
                }
            } else if (kind < 90) {
                peer.send(AgiFuzzInput.noise(random, 4000));
                peer.stopSending();
            } else if (kind < 97) {
                peer.send(AgiPeer.environment(random.nextBoolean() ? "helpline" : "tty", "reset-" + random.nextInt(1000)));
                for (int i = random.nextInt(4); i > 0 && peer.readCommand() != null; i--) {
                    peer.send(input.mutatedReplies(random, 1));
                }
                peer.reset();
                return;
            } else if (kind == 97) {
                dribble(peer, input.environment(random));
            } else if (kind == 98) {
                peer.send(AgiFuzzInput.noise(random, 4000));
            }
            // And 99 connects and says nothing.
            long lastSent = System.nanoTime();
            peer.drain(commands);
            Duration open = Duration.ofNanos(System.nanoTime() - lastSent);
            if (open.compareTo(CUT_OFF) > 0) {
                problems.add(name + ": still open " + open.toMillis() + " ms after the client's last byte");
            }
        }
        commands.forEach(command -> checkCommand(name, command));
    }

    /** A well-formed start, then mutated replies to the server's commands, then silence. */
    private void converse(AgiPeer peer, Random random, List<String> commands) throws IOException {
        String script = random.nextBoolean() ? "helpline" : "tty";
        String hostile = AgiFuzzInput.HOSTILE[random.nextInt(AgiFuzzInput.HOSTILE.length)];
        String environment = AgiPeer.environment(script + "?lang=" + hostile.replace("\n", "") + "&profile=" + hostile, "fuzz" + hostile)
                .replace("\n\n", "\nagi_calleridname: " + hostile + "x".repeat(random.nextInt(900)) + "\nagi_arg_1: " + hostile + "\n\n");
        peer.send(environment);
        int replies = random.nextInt(30);
        for (int i = 0; i < replies; i++) {
            String command = peer.readCommand();
            if (command == null) {
                return;
            }
            commands.add(command);
            if (!peer.send(input.mutatedReplies(random, 1))) {
                return;
            }
        }
    }

    /** An environment block sent a few bytes at a time, slower than the block's deadline allows. */
    private static void dribble(AgiPeer peer, byte[] environment) {
        for (int i = 0; i < environment.length; i += 8) {
            if (!peer.send(java.util.Arrays.copyOfRange(environment, i, Math.min(environment.length, i + 8)))) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A call that keys "1#" (or types "1 2 3 4") and must hear exactly what the flow says, in order. */
    private void wellBehavedCall(Line line, String id) throws IOException {
        List<String> expected = line == Line.HELPLINE
                ? List.of("EXEC \"Background\" \"en/welcome\"", "GET OPTION \"en/enter\" \"0123456789*\" 6000",
                        "GET DATA \"\" 3000 9", "SET VARIABLE \"IVR_NEXT\" \"hangup\"", "HANGUP",
                        "SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"")
                : List.of("ANSWER", "TDD MODE \"on\"", "SEND TEXT \"EN:WELCOME EN:ENTER GA\"", "RECEIVE TEXT 64000",
                        "SET VARIABLE \"IVR_NEXT\" \"hangup\"", "SEND TEXT \"SK\"", "HANGUP",
                        "SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"");
        List<String> heard = new ArrayList<>();
        try (AgiPeer asterisk = new AgiPeer(listener.port(), HANG)) {
            asterisk.send(AgiPeer.environment(line.scriptName(), id));
            for (String command = asterisk.readCommand(); command != null; command = asterisk.readCommand()) {
                heard.add(command);
                asterisk.send(wellBehavedReply(command) + "\n");
            }
        }
        if (!heard.equals(expected)) {
            problems.add("well-behaved call " + id + " heard " + heard);
        }
        String expectedAnswer = line == Line.HELPLINE ? "1" : "1234";
        if (!expectedAnswer.equals(answers.get(id))) {
            problems.add("well-behaved call " + id + " answered " + answers.get(id));
        }
    }

    private static String wellBehavedReply(String command) {
        if (command.startsWith("STREAM FILE")) {
            return "200 result=0 endpos=9600";
        }
        if (command.startsWith("GET OPTION")) {
            return "200 result=49 endpos=4800";
        }
        if (command.startsWith("GET DATA")) {
            return "200 result="; // a # at once: the entry is the 1 keyed during the prompt
        }
        if (command.equals("WAIT FOR DIGIT 6000")) {
            return "200 result=49";
        }
        if (command.startsWith("WAIT FOR DIGIT")) {
            return "200 result=35";
        }
        if (command.startsWith("RECEIVE TEXT")) {
            return "200 result=1 (1 2 3 4)";
        }
        return command.startsWith("SET VARIABLE") || command.equals("HANGUP") ? "200 result=1" : "200 result=0";
    }

    /** What the server sends is its own: nothing the caller side sent is echoed into a command. */
    private void checkCommand(String name, String command) {
        if (command.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(name + ": a command with control characters: " + printableForm(command));
        }
        Matcher variable = SET_VARIABLE.matcher(command);
        if (command.startsWith("SET VARIABLE")
                && !(variable.matches() && VARIABLES.contains(variable.group(1)) && VALUES.contains(variable.group(2)))) {
            problems.add(name + ": a variable the server does not set: " + printableForm(command));
        }
    }

    private void checkCleaned(String what, String value, int maxLength) {
        if (value.length() > maxLength || !PRINTABLE.matcher(value).matches()) {
            problems.add(what + " reached the script uncleaned: " + printableForm(value));
        }
    }

    /**
     * Garbage may end a connection with one line; a stack trace is for our own faults. A 510 or 520
     * reply is Asterisk saying a command of ours is wrong: that is a fault of ours, and is logged so.
     */
    private List<String> stackTracesForGarbage() {
        List<String> traces = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            IThrowableProxy thrown = event.getThrowableProxy();
            if (event.getLevel().isGreaterOrEqual(Level.ERROR) && !refusedCommand(thrown)) {
                traces.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                        + (thrown == null ? "" : " / " + thrown.getClassName() + ": " + thrown.getMessage()));
            } else if (thrown != null && !refusedCommand(thrown)) {
                traces.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage() + " / " + thrown.getClassName());
            }
        }
        return traces;
    }

    private static boolean refusedCommand(IThrowableProxy thrown) {
        return thrown != null && thrown.getMessage() != null && thrown.getMessage().startsWith("Asterisk refused ");
    }

    private List<String> logLinesWithControlCharacters() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            String text = event.getFormattedMessage() + " " + event.getMDCPropertyMap().values()
                    + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
            if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                lines.add(event.getLoggerName() + ": " + printableForm(text));
            }
        }
        return lines;
    }

    private void awaitNoCallsInProgress() throws InterruptedException {
        long deadline = System.nanoTime() + CUT_OFF.toNanos();
        while (listener.callsInProgress() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(listener.callsInProgress()).as("calls still held after every client left").isZero();
    }

    /**
     * The JVM's own threads come and go as they please: compiler threads, and on JDK 21 and later the
     * virtual threads' carriers and pollers. Every other new thread is the server's.
     */
    private static void awaitThreadsBackTo(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> left = newThreads(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = newThreads(before);
        }
        assertThat(left).as("threads left after the listener stopped").isEmpty();
    }

    private static List<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !before.contains(thread) && !isTheJvms(thread.getName()))
                .map(Thread::getName)
                .toList();
    }

    private static boolean isTheJvms(String thread) {
        return thread.contains("CompilerThread") || thread.startsWith("ForkJoinPool-") || thread.endsWith("Poller")
                || thread.equals("VirtualThread-unblocker");
    }

    private static String printableForm(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return shown.toString();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
