package gov.ocss.ivr.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays Asterisk towards a FastAGI server: connects like Asterisk's {@code AGI(agi://...)} does,
 * sends the environment block, and answers every command the way Asterisk would, on behalf of a
 * {@link SimulatedCaller}. The replies follow the sessions recorded from a real Asterisk in
 * {@code shared/asterisk-agi/} and, where no recording shows a case, res_agi.c.
 *
 * <pre>{@code
 * AsteriskSimulator asterisk = AsteriskSimulator.builder().sounds(SoundLibrary.everythingExists()).build();
 * CallRecord call = asterisk.call("127.0.0.1", 4573,
 *         CallSetup.forScript("helpline").query("lang=bn").callerId("7185551234", "Test Caller").build(),
 *         ScriptedCaller.create().whenHearing("welcome", press("2")).atInput(press("1234567890#")));
 * }</pre>
 *
 * A call runs on the calling thread with a plain blocking socket and simulated time, and
 * returns when the server closes the connection (or goes quiet for the idle time). One simulator
 * serves any number of concurrent calls; it holds no per-call state.
 */
public final class AsteriskSimulator {
    private static final Logger log = LoggerFactory.getLogger(AsteriskSimulator.class);
    /** Made-up thread ids in the range a 64-bit Linux Asterisk prints. */
    private static final long THREAD_ID_BASE = 140_199_135_430_336L;

    private final SoundLibrary sounds;
    private final Pacing pacing;
    private final Duration idleTimeout;
    private final Duration connectTimeout;
    private final int maxCommands;
    private final AtomicLong calls = new AtomicLong();

    private AsteriskSimulator(Builder b) {
        this.sounds = b.sounds;
        this.pacing = b.pacing;
        this.idleTimeout = b.idleTimeout;
        this.connectTimeout = b.connectTimeout;
        this.maxCommands = b.maxCommands;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: every sound exists (2 s each), instant time, 30 s idle timeout. */
    public static AsteriskSimulator create() {
        return builder().build();
    }

    public CallRecord call(String host, int port, CallSetup setup, SimulatedCaller caller) {
        return call(new InetSocketAddress(host, port), setup, caller);
    }

    /**
     * Makes one call and returns what happened. Throws {@link UncheckedIOException} only when it
     * cannot connect; anything after that ends up in the record.
     */
    public CallRecord call(InetSocketAddress server, CallSetup setup, SimulatedCaller caller) {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(caller, "caller");
        long n = calls.incrementAndGet();
        String uniqueId = setup.uniqueId().orElseGet(() -> System.currentTimeMillis() / 1000 + "." + n);
        String channelName = setup.channel().orElseGet(() -> String.format("PJSIP/carrier-%08x", n));
        long threadId = setup.threadId().orElse(THREAD_ID_BASE + n * 4096);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(server, (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) idleTimeout.toMillis());
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("cannot connect to the FastAGI server at " + server, e);
        }
        String hostAndPort = server.getHostString() + ":" + server.getPort();
        List<String> environment = AgiEnvironment.lines(setup, hostAndPort, channelName, uniqueId, threadId);
        CallRecorder record = new CallRecorder(uniqueId, channelName);
        SimulatedChannel channel = new SimulatedChannel(setup, channelName, uniqueId, sounds, caller, record);
        log.debug("Simulated call {} to {} script {}", uniqueId, hostAndPort, setup.script());
        CallRecord result = new AgiSession(socket, environment, channel, record, pacing, maxCommands, idleTimeout.toMillis()).run();
        log.debug("Simulated call {} ended: {}", uniqueId, result);
        return result;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was sent
        }
    }

    public static final class Builder {
        private SoundLibrary sounds = SoundLibrary.everythingExists();
        private Pacing pacing = Pacing.INSTANT;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private int maxCommands = 10_000;

        private Builder() {
        }

        /** The sound files Asterisk has; by default every file exists and plays 2 s. */
        public Builder sounds(SoundLibrary sounds) {
            this.sounds = Objects.requireNonNull(sounds);
            return this;
        }

        public Builder pacing(Pacing pacing) {
            this.pacing = Objects.requireNonNull(pacing);
            return this;
        }

        /** How long the server may stay silent before the simulator gives up on the call (default 30 s). */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = positive(idleTimeout);
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout);
            return this;
        }

        /** A call with more commands than this is cut off: a server stuck re-prompting a silent caller. */
        public Builder maxCommands(int maxCommands) {
            if (maxCommands < 1) {
                throw new IllegalArgumentException("maxCommands must be positive");
            }
            this.maxCommands = maxCommands;
            return this;
        }

        public AsteriskSimulator build() {
            return new AsteriskSimulator(this);
        }

        private static Duration positive(Duration d) {
            if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a timeout must be positive and under 24 days: " + d);
            }
            return d;
        }
    }
}
