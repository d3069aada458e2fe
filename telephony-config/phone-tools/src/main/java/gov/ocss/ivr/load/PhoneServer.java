package gov.ocss.ivr.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone server as it is deployed: the call-flows jar in a JVM of its own, on an embedded
 * PostgreSQL with the demo data (or the database its settings name), its FastAGI and HTTP ports free
 * ones. It can be killed as a crash would kill it.
 */
public final class PhoneServer implements AutoCloseable {
    private static final Pattern DATABASE_PORT = Pattern.compile("embedded PostgreSQL in .* \\(port (\\d+)\\)");

    private final ChildJvm jvm;
    private final Path folder;
    private final int agiPort;
    private final int httpPort;

    private PhoneServer(ChildJvm jvm, Path folder, int agiPort, int httpPort) {
        this.jvm = jvm;
        this.folder = folder;
        this.agiPort = agiPort;
        this.httpPort = httpPort;
    }

    /** Starts a server with its data in {@code folder} (emptied first) and these settings ({@code --name=value}). */
    public static PhoneServer start(Path folder, List<String> settings) throws IOException, InterruptedException {
        deleteTree(folder);
        Files.createDirectories(folder);
        int agiPort = ChildJvm.freePort();
        int httpPort = ChildJvm.freePort();
        List<String> java = new ArrayList<>(List.of("-Xmx512m", "-jar", jar().toString(),
                "--ivr.agi.port=" + agiPort, "--server.port=" + httpPort, "--ivr.audiosocket.port=0",
                "--ivr.embedded-database.directory=" + folder.resolve("postgres").toAbsolutePath()));
        if (settings.stream().noneMatch(setting -> setting.startsWith("--ivr.remail.print-interval="))) {
            // Printing letters is the console's and the worker's business, not these calls'.
            java.add("--ivr.remail.print-interval=0");
        }
        java.addAll(settings);
        ChildJvm jvm = ChildJvm.start("phone server", java, folder.resolve("server.log"));
        PhoneServer server = new PhoneServer(jvm, folder, agiPort, httpPort);
        jvm.awaitReady(server::healthy, Duration.ofMinutes(3));
        return server;
    }

    public int agiPort() {
        return agiPort;
    }

    /** Its Prometheus endpoint: calls in progress, the pool, threads, memory, open files. */
    public String metricsUrl() {
        return "http://127.0.0.1:" + httpPort + "/actuator/prometheus";
    }

    public String agiUrl() {
        return "agi://127.0.0.1:" + agiPort;
    }

    public long pid() {
        return jvm.pid();
    }

    public List<String> log() {
        try {
            return Files.readAllLines(jvm.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the server's embedded database, from the line it logs at start-up. */
    public String jdbcUrl() {
        for (String line : log()) {
            Matcher m = DATABASE_PORT.matcher(line);
            if (m.find()) {
                return "jdbc:postgresql://localhost:" + m.group(1) + "/postgres?user=postgres";
            }
        }
        throw new IllegalStateException("the server did not say where its database is; see " + jvm.log());
    }

    /**
     * Ends the server at once, as a crash would: calls in progress lose it mid-step. Its embedded
     * PostgreSQL, a process of its own that a crash leaves behind, is stopped too.
     */
    public void kill() throws InterruptedException {
        jvm.kill();
        String data = folder.resolve("postgres").toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(data)).orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    private boolean healthy() {
        return ChildJvm.healthy("http://127.0.0.1:" + httpPort + "/actuator/health") && ChildJvm.listening(agiPort);
    }

    /** The call-flows jar Maven built before this module (a test dependency), or the one in its target folder. */
    public static Path jar() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().matches("call-flows-.*\\.jar") && Files.isRegularFile(path)) {
                return path;
            }
        }
        for (Path target : List.of(Path.of("..", "call-flows", "target"), Path.of("call-flows", "target"))) {
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "call-flows-*.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("no call-flows jar: build it first (mvn -B install -DskipTests)");
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }

    /** Stops it as an operator would (SIGTERM), killing it after {@code patience}; whether it ended by itself. */
    public boolean stop(Duration patience) throws InterruptedException {
        return jvm.stop(patience);
    }

    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
