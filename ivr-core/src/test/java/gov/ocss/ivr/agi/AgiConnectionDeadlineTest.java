package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The environment block's deadline judges Asterisk, not this machine: on a saturated machine the
 * call's thread may get a processor only after the deadline, when Asterisk's bytes have long been
 * waiting in the socket. Those are read; a client that is still sending past the deadline is cut off.
 */
class AgiConnectionDeadlineTest {
    private static final Duration DEADLINE = Duration.ofMillis(200);
    private static final AgiLimits LIMITS = new AgiLimits(1024, 40, DEADLINE, Duration.ofSeconds(5));

    @Test
    void anEnvironmentThatCameInTimeIsReadEvenWhenTheCallsThreadComesAfterTheDeadline() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket asterisk = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
             Socket accepted = listener.accept()) {
            AgiConnection connection = new AgiConnection(accepted, LIMITS, AgiStepTimer.NONE);
            send(asterisk.getOutputStream(), "agi_network: yes\nagi_request: agi://127.0.0.1/helpline\n\n");
            // The call's thread waits for a processor twice as long as the deadline.
            Thread.sleep(DEADLINE.toMillis() * 2);

            assertThat(connection.readLine()).isEqualTo("agi_network: yes");
            assertThat(connection.readLine()).isEqualTo("agi_request: agi://127.0.0.1/helpline");
            assertThat(connection.readLine()).isEmpty();
        }
    }

    @Test
    void aClientStillSendingItsEnvironmentPastTheDeadlineIsCutOff() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket asterisk = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
             Socket accepted = listener.accept()) {
            AgiConnection connection = new AgiConnection(accepted, LIMITS, AgiStepTimer.NONE);
            send(asterisk.getOutputStream(), "agi_network: yes\n");
            Thread.sleep(DEADLINE.toMillis() * 2);

            assertThat(connection.readLine()).as("what came in time").isEqualTo("agi_network: yes");
            send(asterisk.getOutputStream(), "agi_request: agi://127.0.0.1/helpline\n\n");
            Thread.sleep(50);
            assertThatThrownBy(connection::readLine).isInstanceOf(IOException.class)
                    .hasMessageContaining("the environment block did not arrive within 200 ms");
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
