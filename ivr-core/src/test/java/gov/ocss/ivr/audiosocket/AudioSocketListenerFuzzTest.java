package gov.ocss.ivr.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.agi.AllowedClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The audio port fed a few hundred connections of garbage from a few clients at once: random bytes
 * where the UUID should be, and, on connections that did name a waiting call, random bytes and
 * mutated audio where the call's audio should be, ending in an orderly close, a reset or silence.
 * Every connection must be closed within the limits, every read of a call must end in {@link
 * AudioLinkClosed} (never another exception, never a hang), nothing may leak a place, and a
 * well-behaved call must still work afterwards.
 *
 * <p>The seed is fixed and printed; {@code -Dfuzz.seed=N} replays a run.
 */
class AudioSocketListenerFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261204L);
    private static final int CONNECTIONS = 400;
    private static final int CLIENTS = 4;
    private static final AudioSocketLimits LIMITS =
            new AudioSocketLimits(50, 640, Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(300));
    /** A connection must be closed this soon after its client's last byte: the longest limit, plus a busy machine. */
    private static final Duration CUT_OFF = Duration.ofMillis(300).plusSeconds(3);
    private static final int HANG = 8000;

    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> uncaught = new ConcurrentLinkedQueue<>();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Thread.UncaughtExceptionHandler previousHandler;
    private AudioSocketListener listener;

    @BeforeEach
    void start() throws IOException {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        logged.start();
        root().addAppender(logged);
        listener = new AudioSocketListener(InetAddress.getLoopbackAddress(), 0, Optional.empty(), AllowedClients.loopbackOnly(), LIMITS);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.close();
        root().detachAppender(logged);
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void garbageNeitherHangsNorBreaksTheListenerAndAGoodCallStillGetsItsAudio() throws Exception {
        System.out.println("AudioSocketListenerFuzzTest: seed " + SEED);
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> fuzzers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long seed = SEED + client;
            fuzzers.add(clients.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < CONNECTIONS / CLIENTS; i++) {
                    fuzzedConnection(random, "client seed " + seed + ", case " + i);
                }
                return null;
            }));
        }
        for (Future<?> fuzzer : fuzzers) {
            fuzzer.get(90, TimeUnit.SECONDS);
        }
        clients.shutdown();
        System.out.printf("AudioSocketListenerFuzzTest: %d fuzzed connections in %d ms%n", CONNECTIONS,
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(uncaught).as("exceptions that ended a thread").isEmpty();
        assertThat(listener.isListening()).isTrue();
        AudioSocketListenerTest.awaitUntil(() -> listener.linksInProgress() == 0, "every place given back");
        wellBehavedCall();
        assertThat(problems).isEmpty();
        assertThat(errorsAndStackTraces()).as("errors or stack traces logged for garbage").isEmpty();
    }

    private void fuzzedConnection(Random random, String name) throws Exception {
        int kind = random.nextInt(100);
        try (AsteriskAudio asterisk = new AsteriskAudio(listener.port(), HANG)) {
            CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);
            if (kind < 35) {
                // Garbage where the UUID should be; sometimes the start of a real UUID message, to get further.
                byte[] garbage = noise(random, random.nextInt(200));
                if (random.nextBoolean() && garbage.length >= 3) {
                    garbage[0] = 0x01;
                    garbage[1] = 0x00;
                    garbage[2] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 0x10);
                }
                asterisk.trySend(garbage);
            } else {
                // A call that is waiting, named correctly, then garbage where its audio should be.
                UUID call = UUID.randomUUID();
                try (AudioLinks.Expected expected = listener.expect(call)) {
                    asterisk.sayHello(call);
                    AudioLink link;
                    try {
                        link = expected.link().get(HANG, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        problems.add(name + ": a correctly named connection never reached its call");
                        return;
                    }
                    reading = CompletableFuture.runAsync(() -> readUntilClosed(link, name));
                    asterisk.trySend(kind < 70 ? noise(random, random.nextInt(2000)) : mutatedAudio(random));
                }
            }
            long lastSent = System.nanoTime();
            int ending = random.nextInt(20);
            if (ending == 0) {
                asterisk.reset();
            } else {
                if (ending > 1) {
                    asterisk.stopSending();
                }
                // And 1 in 20 leaves the connection open and silent: only the time-outs end it.
                asterisk.awaitClosed();
            }
            Duration open = Duration.ofNanos(System.nanoTime() - lastSent);
            if (open.compareTo(CUT_OFF) > 0) {
                problems.add(name + ": still open " + open.toMillis() + " ms after the client's last byte");
            }
            try {
                reading.get(CUT_OFF.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                problems.add(name + ": the call's read did not end within " + CUT_OFF.toMillis() + " ms");
            }
        }
    }

    /** The call's side, as the TDD line uses it: a frame read, a frame written, until the audio ends. */
    private void readUntilClosed(AudioLink link, String name) {
        try {
            while (true) {
                short[] frame = link.read();
                if (frame.length == 0 || frame.length > LIMITS.maxFrameBytes() / 2) {
                    problems.add(name + ": a frame of " + frame.length + " samples");
                }
                link.write(new short[frame.length]);
            }
        } catch (AudioLinkClosed expected) {
            // How every call's audio ends.
        } catch (RuntimeException e) {
            problems.add(name + ": the call's read ended with " + e);
        }
    }

    /** Real messages (audio, DTMF, a hang-up, an error), some of their bytes changed. */
    private static byte[] mutatedAudio(Random random) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = random.nextInt(30); i > 0; i--) {
            byte[] message = switch (random.nextInt(8)) {
                case 0 -> AsteriskAudio.dtmf("0123456789*#".charAt(random.nextInt(12)));
                case 1 -> AsteriskAudio.hangup();
                case 2 -> new byte[] {(byte) 0xff, 0, 1, (byte) random.nextInt(256)};
                case 3 -> AsteriskAudio.audio(new short[random.nextInt(400)]);
                default -> AsteriskAudio.audio(samples(random, 160));
            };
            stream.writeBytes(message);
        }
        byte[] bytes = stream.toByteArray();
        for (int flips = random.nextInt(4); flips > 0 && bytes.length > 0; flips--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static short[] samples(Random random, int n) {
        short[] samples = new short[n];
        for (int i = 0; i < n; i++) {
            samples[i] = (short) random.nextInt();
        }
        return samples;
    }

    private static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private void wellBehavedCall() throws Exception {
        UUID call = UUID.randomUUID();
        try (AudioLinks.Expected expected = listener.expect(call); AsteriskAudio asterisk = new AsteriskAudio(listener.port(), HANG)) {
            asterisk.sayHello(call).send(AsteriskAudio.audio((short) 1, (short) -1));
            AudioLink link = expected.link().get(HANG, TimeUnit.MILLISECONDS);
            assertThat(link.read()).containsExactly((short) 1, (short) -1);
            link.write(new short[] {2, -2});
            AsteriskAudio.Message reply = asterisk.read();
            assertThat(reply.kind()).isEqualTo(0x10);
            assertThat(reply.samples()).containsExactly((short) 2, (short) -2);

            CompletableFuture<Void> hangingUp = CompletableFuture.runAsync(link::hangUp);
            assertThat(asterisk.read().kind()).isZero();
            asterisk.close();
            hangingUp.get(HANG, TimeUnit.MILLISECONDS);
        }
        assertThat(listener.linksInProgress()).isZero();
    }

    /** Garbage may end a connection with a warning; an error or a stack trace is for our own faults. */
    private List<String> errorsAndStackTraces() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null) {
                lines.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }
        return lines;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
