package gov.ocss.ivr.load;

import java.net.InetAddress;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;

/**
 * The baseline: Asterisk-Java's own {@code DefaultAgiServer}, as its documentation sets it up, with a
 * script that does nothing but the round trips (answer, then sound and a key press in turn, then
 * hang up), as many as the phone server's calls take ({@code ?steps=N}). What the phone server
 * costs beyond this is the cost of the call flow, the database, the prompts and our listener.
 *
 * <p>Usage: {@code BareAgiServer PORT MAX_CALLS}; it listens on 127.0.0.1 until killed.
 */
public final class BareAgiServer {
    private BareAgiServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int maxCalls = Integer.parseInt(args[1]);
        DefaultAgiServer server = new DefaultAgiServer(new RoundTrips());
        server.setAddress(InetAddress.getLoopbackAddress());
        server.setPort(port);
        // Its pool queues nothing: a thread per call in progress, as many as the run holds at once.
        server.setPoolSize(Math.min(maxCalls, 50));
        server.setMaximumPoolSize(maxCalls);
        server.startup();
    }

    /**
     * Answer, then sound and key in turn, then hang up: {@code steps} commands in all with the
     * {@code SET VARIABLE AJ_AGISTATUS} Asterisk-Java sends after every script (ours too).
     */
    private static final class RoundTrips implements AgiScript {
        @Override
        public void service(AgiRequest request, AgiChannel channel) throws AgiException {
            String wanted = request.getParameter("steps");
            int steps = wanted == null ? 20 : Math.max(3, Integer.parseInt(wanted));
            channel.answer();
            for (int step = 1; step < steps - 2; step++) {
                if (step % 2 == 1) {
                    channel.streamFile("en/ocss/call-closing", "0123456789*#");
                } else {
                    channel.getData("en/ocss/main-menu", 1_000, 1);
                }
            }
            channel.hangup();
        }
    }
}
