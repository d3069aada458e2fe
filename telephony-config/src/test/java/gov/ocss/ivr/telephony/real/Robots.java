package gov.ocss.ivr.telephony.real;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The FastAGI server of the suite's robots: the callers (the {@code ;1} half of each test call runs
 * {@code AGI(agi://127.0.0.1:<port>/caller?call=<n>)}) and the agents (a queue member's channel runs
 * {@code AGI(agi://127.0.0.1:<port>/agent)}). A robot is driven by the test; an agent robot answers,
 * notes what its channel carries, talks a little and hangs up.
 */
final class Robots implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;
    private final Map<String, CompletableFuture<Agi>> callers = new ConcurrentHashMap<>();
    private final List<AgentCall> agentCalls = new CopyOnWriteArrayList<>();

    /** One call an agent robot answered: the channel variables the agent's phone would show. */
    record AgentCall(String channel, String language, String reason, String callerName, String callerNumber) {
    }

    Robots() throws IOException {
        socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "robots-fastagi");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String callerUrl(String callId) {
        return "agi://127.0.0.1:" + port() + "/caller?call=" + callId;
    }

    String agentUrl() {
        return "agi://127.0.0.1:" + port() + "/agent";
    }

    /** Waits for the caller robot's AGI session of the call {@code callId}. */
    Agi caller(String callId, Duration timeout) throws InterruptedException {
        try {
            return callers.computeIfAbsent(callId, id -> new CompletableFuture<>()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the caller robot of call " + callId + " never got its AGI session", e);
        }
    }

    /** The calls an agent robot answered from the caller with this number. */
    List<AgentCall> agentCallsFrom(String callerNumber) {
        return agentCalls.stream().filter(call -> callerNumber.equals(call.callerNumber())).toList();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread robot = new Thread(() -> serve(connection), "robot");
                robot.setDaemon(true);
                robot.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try {
            Agi agi = new Agi(connection);
            String script = agi.environment().getOrDefault("agi_network_script", "");
            if (script.startsWith("caller?call=")) {
                callers.computeIfAbsent(script.substring("caller?call=".length()), id -> new CompletableFuture<>()).complete(agi);
            } else if (script.equals("agent")) {
                answerAsAgent(agi);
            } else {
                agi.close();
            }
        } catch (IOException e) {
            // a robot's connection that Asterisk closed: nothing to do
        }
    }

    /** An agent picks up, the phone shows the caller's language and reason, they talk two seconds, the agent hangs up. */
    private void answerAsAgent(Agi agi) throws IOException {
        try (agi) {
            agi.command("ANSWER");
            agentCalls.add(new AgentCall(agi.environment().get("agi_channel"), agi.variable("OCSS_LANGUAGE"),
                    agi.variable("OCSS_REASON"), agi.environment().get("agi_calleridname"),
                    agi.environment().get("agi_callerid")));
            agi.command("EXEC Wait 2");
            agi.command("HANGUP");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** One robot's AGI session: commands sent one at a time, replies read, Asterisk's HANGUP notices noted. */
    static final class Agi implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private volatile boolean hungUp;

        Agi(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            this.out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    environment.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }

        Map<String, String> environment() {
            return environment;
        }

        /** The robot's own channel, e.g. {@code Local/8882084485@ocss-from-carrier-00000003;1}. */
        String channel() {
            return environment.get("agi_channel");
        }

        boolean hungUp() {
            return hungUp;
        }

        boolean isClosed() {
            return socket.isClosed();
        }

        /** Sends a command and returns Asterisk's reply line; after a hang-up the reply says so (511 or -1). */
        synchronized String command(String command) throws IOException {
            out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    hungUp = true;
                    return "511 closed";
                }
                if (line.equals("HANGUP")) {
                    hungUp = true;
                    continue;
                }
                if (line.startsWith("520-")) {
                    while (line != null && !line.startsWith("520 ")) {
                        line = in.readLine();
                    }
                    return "520";
                }
                return line;
            }
        }

        String variable(String name) throws IOException {
            String reply = command("GET VARIABLE " + name);
            int open = reply.indexOf('(');
            return reply.startsWith("200 result=1") && open >= 0 ? reply.substring(open + 1, reply.lastIndexOf(')')) : "";
        }

        /** Whether the call is over for this robot: a NOOP that Asterisk answers with a hang-up, or a closed socket. */
        boolean checkHungUp() throws IOException {
            if (hungUp) {
                return true;
            }
            String reply = command("NOOP");
            return hungUp || reply.startsWith("511");
        }

        /** Waits, without a command running, for Asterisk to say the channel has hung up. */
        boolean awaitHangUp(Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (checkHungUp()) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
