package gov.ocss.ivr.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A FastAGI server reduced to a fixed list of commands, for testing the simulator: it accepts
 * one connection, reads the environment block, sends each command and reads the reply the way
 * Asterisk-Java does (a {@code HANGUP} line and {@code 520-} lines belong to the reply that
 * follows), then closes the connection.
 */
final class FakeAgiServer implements AutoCloseable {
    /** What the server saw: the environment lines and, per command, the reply lines and how long the reply took. */
    record Session(List<String> environment, List<List<String>> replies, List<Duration> replyTimes) {
        List<String> replyLines() {
            List<String> all = new ArrayList<>();
            replies.forEach(all::addAll);
            return all;
        }
    }

    private final ServerSocket socket;
    private final CompletableFuture<Session> session = new CompletableFuture<>();

    private FakeAgiServer(List<String> commands, long pauseBeforeFirstCommandMillis) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> serve(commands, pauseBeforeFirstCommandMillis), "fake-agi-server");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeAgiServer sending(List<String> commands) throws IOException {
        return new FakeAgiServer(commands, 0);
    }

    /** Reads the environment, then says nothing for a while: a hung script. */
    static FakeAgiServer silentFor(long millis) throws IOException {
        return new FakeAgiServer(List.of(), millis);
    }

    int port() {
        return socket.getLocalPort();
    }

    Session session() throws Exception {
        return session.get(10, TimeUnit.SECONDS);
    }

    private void serve(List<String> commands, long pauseMillis) {
        try (Socket connection = socket.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = connection.getOutputStream();
            List<String> environment = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                environment.add(line);
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
            List<List<String>> replies = new ArrayList<>();
            List<Duration> replyTimes = new ArrayList<>();
            for (String command : commands) {
                // Timed from before the command leaves: a clock read after it could run late (this thread
                // put off the core while the simulator already works on the command) and time too short.
                long sent = System.nanoTime();
                out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                replies.add(readReply(in));
                replyTimes.add(Duration.ofNanos(System.nanoTime() - sent));
            }
            session.complete(new Session(environment, replies, replyTimes));
        } catch (Exception e) {
            session.completeExceptionally(e);
        }
    }

    private static List<String> readReply(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed in the middle of a reply: " + lines);
            }
            lines.add(line);
            if (line.length() >= 4 && Character.isDigit(line.charAt(0)) && line.charAt(3) == ' ') {
                return lines;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
