package gov.ocss.ivr.simulator;

import static gov.ocss.ivr.simulator.CallerAction.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.StaticMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asterisk-Java's own FastAGI server accepts the simulator's environment and replies. */
class AsteriskJavaServerTest {

    /** What the script saw on each call, by unique id. */
    private final Map<String, String> seenByScript = new ConcurrentHashMap<>();
    private final AgiScript script = new AgiScript() {
        @Override
        public void service(AgiRequest request, AgiChannel channel) throws AgiException {
            channel.answer();
            char bargedIn = channel.streamFile("welcome", "0123456789");
            String digits = channel.getData("enter-case-number", 5000, 4);
            channel.setVariable("IVR_RESULT", "verified");
            channel.hangup();
            seenByScript.put(request.getUniqueId(), request.getScript() + " lang=" + request.getParameter("lang")
                    + " args=" + String.join("|", request.getArguments()) + " barged=" + bargedIn + " digits=" + digits);
        }
    };
    private Server server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = new Server(new StaticMappingStrategy(script));
        server.setAddress(InetAddress.getLoopbackAddress());
        server.setPort(port);
        Thread acceptor = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | RuntimeException e) {
                server.bound.completeExceptionally(e);
            }
        }, "asterisk-java-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
        server.bound.get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopServer() {
        server.shutdown();
    }

    @Test
    void theScriptSeesTheCallersKeysAndTheDialplanSeesTheScriptsVariable() {
        CallSetup setup = CallSetup.forScript("helpline").query("lang=bn").args("first arg", "second")
                .callerId("7185551234", "Test Caller").uniqueId("1795423330.5").build();
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("welcome", press("7").afterMillis(300))
                .atInput(press("1234"));

        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", port, setup, caller);

        assertThat(seenByScript).containsEntry("1795423330.5",
                "helpline lang=bn args=first arg|second barged=7 digits=1234");
        assertThat(call.end()).isEqualTo(CallRecord.End.SERVER_CLOSED);
        assertThat(call.variable("IVR_RESULT")).hasValue("verified");
        assertThat(call.serverHungUp()).isTrue();
        assertThat(call.agiStatus()).isEqualTo("HANGUP");
        assertThat(call.protocolErrors()).isEmpty();
        assertThat(call.soundsHeard()).containsExactly("welcome", "enter-case-number");
        assertThat(call.commands()).startsWith("ANSWER", "STREAM FILE \"welcome\" \"0123456789\"");
        assertThat(call.replies()).startsWith("200 result=0", "200 result=55 endpos=2400", "200 result=1234");
    }

    @Test
    void manyCallsAtOnceEachGetTheirOwnChannel() throws Exception {
        AsteriskSimulator asterisk = AsteriskSimulator.create();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<CallRecord>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String pin = String.format("%04d", i);
                calls.add(callers.submit(() -> asterisk.call("127.0.0.1", port,
                        CallSetup.forScript("helpline").query("lang=en").build(),
                        ScriptedCaller.create().atInput(press(pin)))));
            }
            List<String> uniqueIds = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                CallRecord call = calls.get(i).get(30, TimeUnit.SECONDS);
                String uniqueId = call.uniqueId();
                uniqueIds.add(uniqueId);
                assertThat(call.environment()).contains("agi_uniqueid: " + uniqueId);
                assertThat(call.variable("IVR_RESULT")).hasValue("verified");
                assertThat(seenByScript.get(uniqueId)).endsWith("barged=\u0000 digits=" + String.format("%04d", i));
            }
            assertThat(uniqueIds).doesNotHaveDuplicates();
        } finally {
            callers.shutdownNow();
        }
    }

    /** Asterisk-Java's server, telling the test when its socket is bound. */
    private static final class Server extends DefaultAgiServer {
        private final CompletableFuture<Void> bound = new CompletableFuture<>();

        Server(StaticMappingStrategy scripts) {
            super(scripts);
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            ServerSocketFacade socket = super.createServerSocket();
            bound.complete(null);
            return socket;
        }
    }
}
