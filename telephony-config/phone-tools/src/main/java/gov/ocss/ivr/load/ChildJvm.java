package gov.ocss.ivr.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A server the load tool (or the real-Asterisk suite of telephony-config) starts for a run, in its own
 * JVM on the same JDK as the tool, so its CPU, memory and threads can be measured apart from the
 * callers', and it can be killed as a crash would. Its output goes to a log file.
 */
public final class ChildJvm implements AutoCloseable {
    private static final int LOWEST_PORT = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;
    private static final AtomicInteger NEXT_PORT =
            new AtomicInteger(LOWEST_PORT + ThreadLocalRandom.current().nextInt(BELOW_EPHEMERAL - LOWEST_PORT));
    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildJvm start(String name, List<String> javaArguments, Path log) {
        return start(name, List.of(), javaArguments, log);
    }

    /** The same, its JVM started through {@code launcher} (e.g. {@code nice -n 10}), which then runs it. */
    public static ChildJvm start(String name, List<String> launcher, List<String> javaArguments, Path log) {
        List<String> command = new ArrayList<>(launcher);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaArguments);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ChildJvm(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code ready}, failing early (with the log's place) if the process ends first. */
    public void awaitReady(BooleanSupplier ready, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " stopped during start-up; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the " + name + " did not start within " + atMost.toSeconds() + " s; see " + log);
            }
            Thread.sleep(250);
        }
    }

    public Path log() {
        return log;
    }

    /** Ends it at once (SIGKILL), as a crash or an out-of-memory killer would: nothing of it runs on. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops it as an operator would (SIGTERM, so it shuts down in order), and kills it after a minute. */
    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofMinutes(1));
    }

    /**
     * Stops it as an operator would (SIGTERM), and kills it if it has not ended after {@code patience};
     * whether it ended by itself.
     */
    public boolean stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor();
        return false;
    }

    /**
     * A loopback port nobody listens on right now, for a server to be started. Chosen below the kernel's
     * ephemeral range (32768 and up on Linux): a port the kernel handed out for "any free port" is one it
     * may hand again to an outgoing connection (a pool's, the database watch's) before the server binds
     * it, and the server's start then fails by chance. Within this JVM no port is given twice.
     */
    public static int freePort() {
        for (int tries = 0; tries < BELOW_EPHEMERAL - LOWEST_PORT; tries++) {
            int port = LOWEST_PORT + Math.floorMod(NEXT_PORT.getAndIncrement() - LOWEST_PORT, BELOW_EPHEMERAL - LOWEST_PORT);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Someone listens there: the next one.
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + LOWEST_PORT + " and " + BELOW_EPHEMERAL));
    }

    public static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server's health endpoint at {@code url} answers UP (Spring Boot's actuator). */
    public static boolean healthy(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
