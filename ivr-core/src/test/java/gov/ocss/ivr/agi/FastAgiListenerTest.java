package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The listener over a real TCP socket, fed what a broken or hostile client would send. */
class FastAgiListenerTest {
    private static final AgiLimits QUICK = new AgiLimits(1024, 40, Duration.ofMillis(800), Duration.ofSeconds(5));

    private final CountDownLatch release = new CountDownLatch(1);
    private FastAgiListener listener;

    private final List<RefusedConnections.Reason> refusals = new CopyOnWriteArrayList<>();

    private void start(int maxCalls) {
        start(maxCalls, AllowedClients.loopbackOnly());
    }

    private void start(int maxCalls, AllowedClients allowed) {
        ScriptRegistry scripts = new ScriptRegistry()
                .register("hello", (request, channel) -> {
                    channel.answer();
                    channel.setVariable("GREETED", request.getParameter("who") == null ? "nobody" : request.getParameter("who"));
                })
                .register("hold", (request, channel) -> {
                    channel.answer();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, QUICK, maxCalls, new ClosingTime(),
                AgiStepTimer.NONE, allowed, refusals::add);
        listener.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        listener.stop(Duration.ofSeconds(2));
    }

    @Test
    void aWellBehavedCallRunsItsScriptWithTheQueryString() throws IOException {
        start(10);
        try (Client asterisk = new Client(listener.port())) {
            asterisk.sendEnvironment("hello?who=bn");
            assertThat(asterisk.readLine()).isEqualTo("ANSWER");
            asterisk.send("200 result=0\n");
            assertThat(asterisk.readLine()).isEqualTo("SET VARIABLE \"GREETED\" \"bn\"");
            asterisk.send("200 result=1\n");
        }
    }

    @Test
    void bindsAnEphemeralPortAndReportsIt() {
        start(10);
        assertThat(listener.port()).isPositive();
        assertThat(listener.isListening()).isTrue();
    }

    @Test
    void theCallAfterTheLastOneItCanHoldIsRefusedAtOnce() throws IOException {
        start(2);
        try (Client first = new Client(listener.port()); Client second = new Client(listener.port())) {
            first.sendEnvironment("hold");
            second.sendEnvironment("hold");
            assertThat(first.readLine()).isEqualTo("ANSWER");
            assertThat(second.readLine()).isEqualTo("ANSWER");

            try (Client third = new Client(listener.port())) {
                long started = System.nanoTime();
                assertThat(third.readLine()).as("closed without a word").isNull();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            }
        }
    }

    @Test
    void aClientThatSendsNothingIsCutOffAndOthersCarryOn() throws IOException {
        start(10);
        try (Client silent = new Client(listener.port())) {
            assertThat(silent.readLine()).isNull();
        }
        try (Client good = new Client(listener.port())) {
            good.sendEnvironment("hello");
            assertThat(good.readLine()).isEqualTo("ANSWER");
        }
    }

    /**
     * A load balancer or monitoring checks the port by connecting and closing, every few seconds: that is
     * no WARN in the operator's log. A client that closes part-way through its environment still is one.
     */
    @Test
    void aPortCheckLeavesNoWarningButACutEnvironmentDoes() throws Exception {
        start(10);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger connections = (Logger) LoggerFactory.getLogger(AgiConnection.class);
        logged.start();
        connections.addAppender(logged);
        try {
            for (int i = 0; i < 3; i++) {
                new Client(listener.port()).close();
            }
            try (Client cut = new Client(listener.port())) {
                cut.send("agi_network: yes\n");
            }
            try (Client good = new Client(listener.port())) {
                good.sendEnvironment("hello");
                assertThat(good.readLine()).as("the line still answers").isEqualTo("ANSWER");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (warnings(logged).isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(warnings(logged)).singleElement().asString().contains("closed before the environment block ended");
        } finally {
            connections.detachAppender(logged);
        }
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> logged) {
        return logged.list.stream().filter(event -> event.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void anEnvironmentThatNeverEndsIsCutOff() throws IOException {
        start(10);
        try (Client flood = new Client(listener.port())) {
            for (int i = 0; i < 41; i++) {
                flood.send("agi_junk_" + i + ": x\n");
            }
            assertThat(flood.readLine()).isNull();
        }
    }

    @Test
    void bytesThatAreNotTextEndOnlyThatConnection() throws IOException {
        start(10);
        try (Client garbage = new Client(listener.port()); Client good = new Client(listener.port())) {
            garbage.sendBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28, '\n', '\n'});
            assertThat(garbage.readLine()).isNull();
            good.sendEnvironment("hello");
            assertThat(good.readLine()).isEqualTo("ANSWER");
        }
    }

    @Test
    void anOverlongLineIsCutOff() throws IOException {
        start(10);
        try (Client longLine = new Client(listener.port())) {
            longLine.send("agi_network_script: " + "x".repeat(2000) + "\n\n");
            assertThat(longLine.readLine()).isNull();
        }
    }

    @Test
    void aClientOffTheAllowListIsClosedBeforeItsScriptRunsAndCounted() throws IOException {
        // The test connects from 127.0.0.1, which this list leaves out.
        start(10, AllowedClients.parse(List.of("10.20.0.0/16", "fd00::/8")));
        try (Client stranger = new Client(listener.port())) {
            stranger.sendEnvironment("hello?who=stranger");
            assertThat(stranger.readLine()).isNull();
        }
        assertThat(refusals).containsExactly(RefusedConnections.Reason.NOT_ALLOWED);
        assertThat(listener.callsInProgress()).isZero();
    }

    @Test
    void aConnectionPastTheMostCallsIsClosedAndCountedWhileTheHeldCallGoesOn() throws IOException {
        start(1);
        try (Client held = new Client(listener.port()); Client late = new Client(listener.port())) {
            held.sendEnvironment("hold");
            assertThat(held.readLine()).isEqualTo("ANSWER");
            late.sendEnvironment("hello");
            assertThat(late.readLine()).isNull();
            assertThat(refusals).containsExactly(RefusedConnections.Reason.FULL);
            held.send("200 result=0\n");
        }
    }

    @Test
    void stoppingTakesNoNewCalls() throws IOException {
        start(10);
        int port = listener.port();
        listener.stop(Duration.ofSeconds(1));
        assertThat(listener.isListening()).isFalse();
        Client late;
        try {
            late = new Client(port);
        } catch (IOException refused) {
            return;
        }
        // Or, if the connection slipped in as the socket closed, it is closed without a word.
        try (Client client = late) {
            client.sendEnvironment("hello");
            assertThat(client.readLine()).isNull();
        }
    }

    /** Plays Asterisk's side by hand. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final BufferedReader in;

        Client(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(5000);
            out = socket.getOutputStream();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        void sendEnvironment(String script) throws IOException {
            send("agi_network: yes\nagi_network_script: " + script + "\nagi_request: agi://127.0.0.1/" + script
                    + "\nagi_channel: Local/test-00000001;2\nagi_language: en\nagi_uniqueid: 1795423330.5\n\n");
        }

        void send(String text) throws IOException {
            sendBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void sendBytes(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        String readLine() throws IOException {
            try {
                return in.readLine();
            } catch (java.net.SocketException reset) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
