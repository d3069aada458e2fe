package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's time per AGI step, over a real socket, with an Asterisk that takes its time over
 * every reply: that wait is Asterisk's, and must not be counted as the server's.
 */
class AgiStepTimingTest {
    private static final Duration ASTERISK_THINKS = Duration.ofMillis(200);
    private static final Duration SCRIPT_WORKS = Duration.ofMillis(60);

    private final List<Duration> steps = new CopyOnWriteArrayList<>();
    private FastAgiListener listener;

    @AfterEach
    void stop() {
        listener.stop(Duration.ofSeconds(2));
    }

    @Test
    void eachCommandIsTimedOnceFromTheReplyBeforeItWithoutAsterisksTimeToReply() throws Exception {
        ScriptRegistry scripts = new ScriptRegistry().register("three", (request, channel) -> {
            channel.answer();
            try {
                // Work the server does between two commands, as a database query would be.
                Thread.sleep(SCRIPT_WORKS.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            channel.setVariable("FIRST", "1");
            channel.setVariable("SECOND", "2");
        });
        listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, AgiLimits.defaults(), 10,
                new ClosingTime(), nanos -> steps.add(Duration.ofNanos(nanos)), AllowedClients.loopbackOnly(),
                RefusedConnections.NONE);
        listener.start();

        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(("agi_network: yes\nagi_network_script: three\nagi_request: agi://127.0.0.1/three\n"
                    + "agi_channel: Local/test-00000001;2\nagi_uniqueid: 1795423330.7\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (String command = in.readLine(); command != null; command = in.readLine()) {
                commands.add(command);
                Thread.sleep(ASTERISK_THINKS.toMillis());
                out.write("200 result=1\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }

        // Asterisk-Java adds one command of its own at the end: AJ_AGISTATUS.
        assertThat(commands).startsWith("ANSWER", "SET VARIABLE \"FIRST\" \"1\"", "SET VARIABLE \"SECOND\" \"2\"");
        assertThat(steps).as("one timing per command").hasSize(commands.size());
        assertThat(steps).as("no step holds Asterisk's time").allSatisfy(step -> assertThat(step).isLessThan(ASTERISK_THINKS));
        assertThat(steps.get(1)).as("the step in which the script worked")
                .isGreaterThanOrEqualTo(SCRIPT_WORKS);
    }
}
