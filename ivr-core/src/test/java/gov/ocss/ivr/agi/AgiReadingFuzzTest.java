package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.call.RequestValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiReader;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.asteriskjava.util.SocketConnectionFacade;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The environment reader and the reply parser on their own, fed thousands of mutated recordings
 * over a loopback socket: our {@link AgiConnection} under its limits, beneath Asterisk-Java's own
 * reader, which is what the listener runs. Whatever arrives, the reader ends with a value or with
 * the exception that means "this connection is over", and never with anything else.
 *
 * <p>Seeds are fixed and printed; {@code -Dfuzz.seed=N} replays a run.
 */
class AgiReadingFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final int ENVIRONMENTS = 2000;
    private static final int REPLY_STREAMS = 1000;
    private static final AgiLimits LIMITS = new AgiLimits(1024, 40, Duration.ofMillis(300), Duration.ofMillis(300));
    /** The slowest a case may take: a deadline, plus room for a busy machine. */
    private static final Duration CASE_BOUND = Duration.ofSeconds(3);

    private static final int DIRECT_WRITE_BYTES = 32 * 1024;
    private static final AgiFuzzInput INPUT = AgiFuzzInput.recorded();
    private static ServerSocket server;
    private static ExecutorService writer;

    @BeforeAll
    static void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        writer = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void close() throws IOException {
        writer.shutdownNow();
        server.close();
    }

    @Test
    void theEnvironmentReaderEndsEveryMutatedBlockWithARequestOrANetworkError() throws Exception {
        System.out.println("AgiReadingFuzzTest environments: seed " + SEED);
        Random random = new Random(SEED);
        int requests = 0;
        for (int i = 0; i < ENVIRONMENTS; i++) {
            byte[] bytes = i % 10 == 9 ? AgiFuzzInput.noise(random, 3000) : INPUT.mutatedEnvironment(random);
            String name = "environment case " + i + " (seed " + SEED + ")";
            long started = System.nanoTime();
            try (Exchange exchange = exchange(bytes, true)) {
                AgiRequest request = exchange.reader.readRequest();
                requests++;
                assertThat(request.getRequest().size()).as(name).isLessThanOrEqualTo(LIMITS.maxEnvironmentLines());
                request.getRequest().values().forEach(value -> assertThat(value.length()).as(name).isLessThan(LIMITS.maxLineBytes()));
                // What the listener (the script's name) and the scripts (RequestValues) take from a request.
                request.getScript();
                request.getRequestURL();
                RequestValues.of(request);
            } catch (AgiNetworkException expected) {
                // The limits' way of ending a connection.
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(name).isLessThan(CASE_BOUND);
        }
        System.out.println("AgiReadingFuzzTest environments: " + ENVIRONMENTS + " cases, " + requests + " read as requests");
        assertThat(requests).as("the mutations leave many blocks readable").isGreaterThan(ENVIRONMENTS / 4);
    }

    @Test
    void theReplyParserEndsEveryMutatedReplyStreamWithAReplyOrAHangup() throws Exception {
        System.out.println("AgiReadingFuzzTest replies: seed " + SEED);
        Random random = new Random(SEED + 1);
        int parsed = 0;
        for (int i = 0; i < REPLY_STREAMS; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(INPUT.environment(random));
            bytes.writeBytes(i % 10 == 9 ? AgiFuzzInput.noise(random, 3000) : INPUT.mutatedReplies(random, 1 + random.nextInt(8)));
            String name = "reply case " + i + " (seed " + SEED + ")";
            long started = System.nanoTime();
            try (Exchange exchange = exchange(bytes.toByteArray(), true)) {
                exchange.reader.readRequest();
                for (int turn = 0; turn < 20; turn++) {
                    exchange.connection.write("NOOP\n");
                    exchange.connection.flush();
                    AgiReply reply = exchange.reader.readReply();
                    parsed++;
                    readAsTheScriptsDo(reply);
                    assertThat(reply.getLines()).as(name).hasSizeLessThanOrEqualTo(100);
                }
            } catch (AgiHangupException | AgiNetworkException expected) {
                // The connection is over: end of input, or a limit.
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(name).isLessThan(CASE_BOUND);
        }
        System.out.println("AgiReadingFuzzTest replies: " + REPLY_STREAMS + " streams, " + parsed + " replies parsed");
        assertThat(parsed).isGreaterThan(REPLY_STREAMS);
    }

    @Test
    void aReplyThatNeverEndsIsCutOffInsteadOfFillingTheHeap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(INPUT.environment(new Random(SEED)));
        bytes.writeBytes("520-Invalid command syntax.  Proper usage follows:\n".getBytes());
        for (int i = 0; i < 5000; i++) {
            bytes.writeBytes(("Usage line " + i + "\n").getBytes());
        }
        try (Exchange exchange = exchange(bytes.toByteArray(), true)) {
            exchange.reader.readRequest();
            exchange.connection.write("GET DATA\n");
            exchange.connection.flush();
            assertThatThrownBy(exchange.reader::readReply).isInstanceOf(AgiNetworkException.class);
        }
    }

    @Test
    void aFloodOfHangupNoticesIsCutOffInsteadOfOverflowingTheStack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(INPUT.environment(new Random(SEED)));
        for (int i = 0; i < 100_000; i++) {
            bytes.writeBytes(i % 2 == 0 ? "HANGUP\n".getBytes() : "100 result=0 Trying...\n".getBytes());
        }
        bytes.writeBytes("200 result=0\n".getBytes());
        try (Exchange exchange = exchange(bytes.toByteArray(), true)) {
            exchange.reader.readRequest();
            exchange.connection.write("NOOP\n");
            exchange.connection.flush();
            assertThatThrownBy(exchange.reader::readReply).isInstanceOf(AgiHangupException.class);
        }
    }

    @Test
    void aReplyDribbledOneByteAtATimeIsCutOffAtTheReplyTimeout() throws Exception {
        try (Exchange exchange = exchange(INPUT.environment(new Random(SEED)), false)) {
            exchange.reader.readRequest();
            exchange.connection.write("NOOP\n");
            exchange.connection.flush();
            Future<?> dribble = writer.submit(() -> {
                for (byte b : "200 result=0 and so on and so on and so on\n".getBytes()) {
                    exchange.client.getOutputStream().write(b);
                    exchange.client.getOutputStream().flush();
                    Thread.sleep(50);
                }
                return null;
            });
            long started = System.nanoTime();
            assertThatThrownBy(exchange.reader::readReply).isInstanceOf(AgiHangupException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMITS.replyTimeout().plusMillis(500));
            dribble.cancel(true);
        }
    }

    /** What Asterisk-Java and our presenters ask of a reply. */
    private static void readAsTheScriptsDo(AgiReply reply) {
        int status = reply.getStatus();
        reply.getResultCode();
        reply.getResult();
        reply.getExtra();
        reply.getAttribute("endpos");
        if (status == AgiReply.SC_INVALID_COMMAND_SYNTAX) {
            reply.getSynopsis();
            reply.getUsage();
        }
    }

    private Exchange exchange(byte[] bytes, boolean closeAfter) throws Exception {
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept();
        if (bytes.length <= DIRECT_WRITE_BYTES) {
            // The socket's buffers hold this much until the reader starts.
            send(client, bytes, closeAfter);
        } else {
            // Written on another thread: a large input must not wait on a reader that has not started.
            writer.submit(() -> {
                send(client, bytes, closeAfter);
                return null;
            });
        }
        AgiConnection connection = new AgiConnection(accepted, LIMITS, AgiStepTimer.NONE);
        return new Exchange(client, connection, asteriskJavaReader(connection));
    }

    private static void send(Socket client, byte[] bytes, boolean closeAfter) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(bytes);
        out.flush();
        if (closeAfter) {
            client.shutdownOutput();
        }
    }

    /** Asterisk-Java's FastAGI reader, the one its server uses (package-private there). */
    private static AgiReader asteriskJavaReader(SocketConnectionFacade connection) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName("org.asteriskjava.fastagi.internal.FastAgiReader")
                .getDeclaredConstructor(SocketConnectionFacade.class);
        constructor.setAccessible(true);
        return (AgiReader) constructor.newInstance(connection);
    }

    private record Exchange(Socket client, AgiConnection connection, AgiReader reader) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            connection.close();
            client.close();
        }
    }
}
