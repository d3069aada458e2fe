package gov.ocss.ivr.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How many TDD calls in Baudot tones one phone server holds at once: the server from its jar, in a
 * JVM of its own on its embedded PostgreSQL with the demo data, and from this JVM N callers at once
 * on the TTY line's {@code tones} profile, each as Asterisk would bring it (FastAGI, then AudioSocket
 * with a 20 ms frame every 20 ms on a steady clock), each reading and typing the {@link TonesScript}
 * and then keeping the line until its call has lasted {@code --call-length}. N steps up through
 * {@code --levels}; each level's callers start over {@code --ramp} and are measured while all of them
 * are up (from the ramp's end plus 3 s to 1 s before the first hangs up): the server's CPU (its
 * process's, from /proc), its reply to each of our frames, and our own frames' lateness. The callers
 * share the machine with the server; their clock runs at real-time priority, as the world outside
 * the server does not slow down for it (the threads that read the server's audio do not: that would
 * take the CPU from the server at each frame it sends). A level during which other processes took
 * more than {@code --others-limit} of a core (this machine is shared) is run again. It stops after
 * the first level with a failed call, or whose own clock fell behind (frame lateness p99 over 10 ms),
 * unless {@code --keep-going}. From the repository root (see BENCHMARKS.md):
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl telephony-config/phone-tools dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * T=telephony-config/phone-tools/target; java -cp $T/test-classes:$T/classes:$(cat $T/bench.classpath) \
 *     gov.ocss.ivr.load.TonesCallsBenchmark [--levels 50,100,200,400,800] [--call-length 60] ...
 * </pre>
 */
public final class TonesCallsBenchmark {
    private static final PrintStream progress = System.err;
    private static final String USAGE = """
            TonesCallsBenchmark: N TDD calls in Baudot tones at once against the phone server, N stepping up.
              --server-jar PATH      the call-flows jar (default: call-flows/target/call-flows-*.jar)
              --levels N,N,...       calls at once, level by level (default 50,100,200,400,800,1600)
              --call-length S        seconds each call lasts, from its AGI connection to its hang-up (default 60)
              --ramp S               seconds over which a level's calls start (default 10)
              --pause S              seconds between levels (default 10)
              --readers N            threads reading the server's audio (default 2)
              --clocks N             threads sending ours (default 1)
              --server-jvm "OPTS"    the server JVM's options (default none)
              --server-nice N        run the server at this niceness (default 0: as this JVM)
              --no-realtime          leave the callers' clock at normal priority (default: real-time, SCHED_FIFO
                                     through chrt, so that it keeps time however busy the server is)
              --work DIR             the server's log and database (default target/tones-benchmark)
              --keep-going           go on after a level with a failed call
              --others-limit P       run a level again (twice at most) when other processes took more than P% of a
                                     core while it was measured: this machine is shared (default 5)
            """;

    private TonesCallsBenchmark() {
    }

    record Options(Path serverJar, List<Integer> levels, int callSeconds, int rampSeconds, int pauseSeconds, int readers,
                   int clocks, List<String> serverJvm, int serverNice, boolean realtime, Path work, boolean keepGoing,
                   double othersLimit) {

        static Options parse(String[] args) {
            Path jar = null;
            List<Integer> levels = List.of(50, 100, 200, 400, 800, 1600);
            int call = 60;
            int ramp = 10;
            int pause = 10;
            int readers = 2;
            int clocks = 1;
            List<String> jvm = List.of();
            int nice = 0;
            boolean realtime = true;
            Path work = Path.of("target", "tones-benchmark");
            boolean keepGoing = false;
            double othersLimit = 5;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--server-jar" -> jar = Path.of(value);
                    case "--levels" -> levels = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--call-length" -> call = Integer.parseInt(value);
                    case "--ramp" -> ramp = Integer.parseInt(value);
                    case "--pause" -> pause = Integer.parseInt(value);
                    case "--readers" -> readers = Integer.parseInt(value);
                    case "--clocks" -> clocks = Integer.parseInt(value);
                    case "--server-jvm" -> jvm = Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                    case "--server-nice" -> nice = Integer.parseInt(value);
                    case "--work" -> work = Path.of(value);
                    case "--others-limit" -> othersLimit = Double.parseDouble(value);
                    case "--no-realtime" -> {
                        realtime = false;
                        i--;
                    }
                    case "--keep-going" -> {
                        keepGoing = true;
                        i--;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
                i++;
            }
            if (call < ramp + 20) {
                throw new IllegalArgumentException("--call-length must be at least --ramp + 20 s, so that every level has a steady part");
            }
            return new Options(jar == null ? defaultJar() : jar, levels, call, ramp, pause, readers, clocks, jvm, nice, realtime, work, keepGoing,
                    othersLimit);
        }

        private static Path defaultJar() {
            try (Stream<Path> files = Files.list(Path.of("call-flows", "target"))) {
                return files.filter(p -> p.getFileName().toString().matches("call-flows-.*\\.jar")).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no call-flows jar: build it, or give --server-jar"));
            } catch (IOException e) {
                throw new IllegalArgumentException("no call-flows/target: run from the repository root, or give --server-jar", e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TonesScript script = TonesScript.standard();
        List<Row> rows = new ArrayList<>();
        List<String> disturbed = new ArrayList<>();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        int maxLevel = options.levels().stream().mapToInt(Integer::intValue).max().orElse(0);
        try (PhoneServer server = PhoneServer.start(options, maxLevel);
             AudioReaders readers = new AudioReaders(options.readers());
             AudioClock clock = new AudioClock(options.clocks())) {
            String priority = options.realtime() ? realtime(20, "audio-clock-") : "normal priority";
            progress.println("The callers' clock: " + priority);
            progress.println(Row.HEADER);
            int numbered = 0;
            for (int calls : options.levels()) {
                progress.printf("%d calls at once: starting them over %d s; each lasts %d s ...%n", calls, options.rampSeconds(),
                        options.callSeconds());
                Row row = level(options, calls, numbered, script, server, readers, clock);
                numbered += calls;
                progress.println(row.line());
                for (int again = 0; again < 2 && row.cpu().otherPercent() > options.othersLimit(); again++) {
                    disturbed.add(String.format("%,d calls at once: measured again, as other processes took %.0f%% of a core: %s",
                            calls, row.cpu().otherPercent(), row.line()));
                    progress.printf("Other processes took %.0f%% of a core: the level again ...%n", row.cpu().otherPercent());
                    Thread.sleep(TimeUnit.SECONDS.toMillis(options.pauseSeconds()));
                    row = level(options, calls, numbered, script, server, readers, clock);
                    numbered += calls;
                    progress.println(row.line());
                }
                rows.add(row);
                row.level().failureSummary().forEach((kind, what) -> progress.println("  failed: " + kind + ": " + what));
                if (!server.alive()) {
                    progress.println("The server has stopped; see " + server.log());
                    break;
                }
                if (!options.keepGoing() && (row.level().failedCalls() > 0 || row.level().lateness.percentileMillis(99) > 10)) {
                    break;
                }
                Thread.sleep(TimeUnit.SECONDS.toMillis(options.pauseSeconds()));
            }
            report(System.out, options, started, priority, rows, disturbed, server);
        }
        System.exit(0);
    }

    /** One level: its calls started over the ramp, measured while all are up, and waited for to the last. */
    private static Row level(Options options, int calls, int firstNumber, TonesScript script, PhoneServer server,
                             AudioReaders readers, AudioClock clock) throws InterruptedException {
        TonesLevel level = new TonesLevel(calls);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long length = TimeUnit.SECONDS.toNanos(options.callSeconds());
        long ramp = TimeUnit.SECONDS.toNanos(options.rampSeconds());
        long windowStart = start + ramp + TimeUnit.SECONDS.toNanos(3);
        long windowEnd = start + length - TimeUnit.SECONDS.toNanos(1);
        level.window(windowStart, windowEnd);
        InetSocketAddress agi = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.agiPort());
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long at = start + ramp * i / calls;
            TonesCall call = new TonesCall(firstNumber + i, script, level, agi, length, clock, readers);
            Thread caller = new Thread(null, () -> {
                sleepUntil(at);
                call.run();
            }, "caller-" + (firstNumber + i), 256 * 1024);
            caller.setDaemon(true);
            caller.start();
            callers.add(caller);
        }
        sleepUntil(windowStart);
        Cpu.Sample before = Cpu.sample();
        Map<Long, Cpu.ThreadTime> threadsBefore = Cpu.threads(server.pid());
        ProcessWatch serverWatch = ProcessWatch.start(server.pid());
        sleepUntil(windowEnd);
        Cpu.Sample after = Cpu.sample();
        Map<String, Long> byThread = Cpu.byThread(threadsBefore, Cpu.threads(server.pid()));
        ProcessWatch.Usage serverUsage = serverWatch.usage();
        for (Thread caller : callers) {
            caller.join();
        }
        return new Row(level, Cpu.between(before, after, server.pid(), server.postmaster(), ProcessHandle.current().pid()),
                serverUsage, byThread);
    }

    /**
     * Puts this JVM's threads named with one of {@code prefixes} on real-time scheduling (SCHED_FIFO,
     * through chrt, which needs root or CAP_SYS_NICE): the callers' audio then goes out on time however
     * many of the server's threads want the CPU. The clock sleeps between its ticks, so it cannot keep
     * the machine from the rest. Says what it did.
     */
    private static String realtime(int priority, String... prefixes) {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).trim();
                if (Arrays.stream(prefixes).noneMatch(name::startsWith)) {
                    continue;
                }
                Process chrt = new ProcessBuilder("chrt", "-f", "-p", Integer.toString(priority), task.getFileName().toString())
                        .redirectErrorStream(true).start();
                String said = new String(chrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                (chrt.waitFor() == 0 ? done : failed).add(name + (said.isEmpty() ? "" : " (" + said + ")"));
            }
        } catch (IOException e) {
            return "normal priority (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "normal priority (interrupted)";
        }
        if (done.isEmpty()) {
            return "normal priority (chrt failed: " + failed + ")";
        }
        return "real-time priority (SCHED_FIFO " + priority + ": " + String.join(", ", done) + ")"
                + (failed.isEmpty() ? "" : "; normal priority: " + failed);
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        while (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = nanoTime - System.nanoTime();
        }
    }

    /** One level's line of the report. */
    record Row(TonesLevel level, Cpu.Use cpu, ProcessWatch.Usage server, Map<String, Long> serverByThread) {
        static final String HEADER = "| calls at once | completed (failed) | script read in, s: p50 / max | server CPU, % of a core "
                + "| server CPU, ms per s of call audio | PostgreSQL, % | client, % | kernel threads, % | other processes, % "
                + "| reply latency, ms: p50 / p99 / p99.9 / max | replies later than 20 ms | missing at hang-up "
                + "| client frame lateness, ms: p99 / max | server threads, RSS MiB |";
        static final String RULE = "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

        double audioSeconds() {
            return level.framesSentInWindow.get() * TonesCall.FRAME_NANOS / 1e9;
        }

        String line() {
            MicrosHistogram reply = level.reply;
            return String.format("| %,d | %,d (%,d) | %.1f / %.1f | %.0f%% | %.2f | %.1f%% | %.0f%% | %.1f%% | %.1f%% "
                            + "| %s / %s / %s / %s | %,d of %,d (%.3f%%) | %,d | %s / %s | %,d, %,d |",
                    level.calls, level.completed.get(), level.failedCalls(),
                    level.scriptReadSeconds(50), level.scriptReadSeconds(100),
                    cpu.serverPercent(), 1000 * cpu.serverSeconds() / audioSeconds(),
                    cpu.postgresPercent(), cpu.clientPercent(), cpu.kernelPercent(), cpu.otherPercent(),
                    ms(reply.percentileMillis(50)), ms(reply.percentileMillis(99)), ms(reply.percentileMillis(99.9)),
                    ms(reply.maxMillis()), reply.over(20), reply.count(), 100.0 * reply.over(20) / Math.max(1, reply.count()),
                    level.missingAtHangUp.get(),
                    ms(level.lateness.percentileMillis(99)), ms(level.lateness.maxMillis()),
                    server.peakThreads(), server.peakRssKb() / 1024);
        }

        /** The server's threads that used the most CPU in the window, grouped by name, as shares of all its CPU. */
        String serverThreads() {
            long all = serverByThread.values().stream().mapToLong(Long::longValue).sum();
            return serverByThread.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, all)))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        private static String ms(double millis) {
            if (Double.isInfinite(millis)) {
                return "> 10,000";
            }
            return millis < 10 ? String.format("%.2f", millis) : String.format("%,.0f", millis);
        }
    }

    private static void report(PrintStream out, Options options, String started, String priority, List<Row> rows,
                               List<String> disturbed, PhoneServer server) {
        out.printf("Tones calls benchmark, %s: JDK %s (%s), %d cores; server JVM options: %s; server niceness %d%n", started,
                System.getProperty("java.vm.version"), System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors(),
                options.serverJvm().isEmpty() ? "none" : String.join(" ", options.serverJvm()), options.serverNice());
        out.printf("Each call %d s; a level's calls start over %d s and are measured from %d s to %d s after the first starts; "
                        + "%d reader threads; %d clock threads, at %s.%n%n", options.callSeconds(), options.rampSeconds(),
                options.rampSeconds() + 3, options.callSeconds() - 1, options.readers(), options.clocks(), priority);
        out.println(Row.HEADER);
        out.println(Row.RULE);
        rows.forEach(row -> out.println(row.line()));
        out.println();
        for (Row row : rows) {
            for (Map.Entry<String, String> failure : row.level().failureSummary().entrySet()) {
                out.printf("- %,d calls: %s: %s%n", row.level().calls, failure.getKey(), failure.getValue());
            }
            out.printf("- %,d calls: the server's CPU by thread: %s%n", row.level().calls, row.serverThreads());
            if (row.level().unasked.get() > 0) {
                out.printf("- %,d calls: the server sent %,d frames more than it was sent%n", row.level().calls, row.level().unasked.get());
            }
        }
        disturbed.forEach(line -> out.println("- " + line));
        out.println(server.logSummary());
    }

    /**
     * CPU times from /proc, of every process on the machine: the server's JVM, its PostgreSQL (the
     * postmaster, the children it has reaped, and its live children), this JVM, the kernel's threads,
     * and every other process (another build sharing the machine shows up there). A process's times
     * are its own account, not the machine's tick counts, which under-count short bursts of work.
     */
    static final class Cpu {
        /** USER_HZ, the unit of /proc's CPU times. */
        private static final double TICKS_PER_SECOND = 100;

        /** One process: its parent, user + system ticks, and the ticks of the children it has reaped. */
        private record Proc(long parent, long ticks, long reaped) {
        }

        record Sample(long nanos, Map<Long, Proc> processes) {
        }

        record Use(double seconds, double serverSeconds, double postgresSeconds, double clientSeconds, double kernelSeconds,
                   double otherSeconds) {
            double serverPercent() {
                return 100 * serverSeconds / seconds;
            }

            double postgresPercent() {
                return 100 * postgresSeconds / seconds;
            }

            double clientPercent() {
                return 100 * clientSeconds / seconds;
            }

            double kernelPercent() {
                return 100 * kernelSeconds / seconds;
            }

            double otherPercent() {
                return 100 * otherSeconds / seconds;
            }
        }

        static Sample sample() {
            Map<Long, Proc> processes = new java.util.HashMap<>();
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                all.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        processes.put(Long.valueOf(p.getFileName().toString()), new Proc(Long.parseLong(f[1]),
                                Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])));
                    } catch (IOException | RuntimeException e) {
                        // It ended meanwhile.
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Sample(System.nanoTime(), processes);
        }

        static Use between(Sample a, Sample b, long server, long postmaster, long client) {
            java.util.Set<Long> postgres = new java.util.HashSet<>();
            if (postmaster > 0) {
                postgres.add(postmaster);
                for (boolean grew = true; grew; ) {
                    grew = false;
                    for (Map.Entry<Long, Proc> p : b.processes().entrySet()) {
                        if (postgres.contains(p.getValue().parent()) && postgres.add(p.getKey())) {
                            grew = true;
                        }
                    }
                }
            }
            long serverTicks = 0;
            long postgresTicks = 0;
            long clientTicks = 0;
            long kernelTicks = 0;
            long otherTicks = 0;
            for (Map.Entry<Long, Proc> entry : b.processes().entrySet()) {
                long pid = entry.getKey();
                Proc now = entry.getValue();
                Proc then = a.processes().get(pid);
                long used = now.ticks() - (then == null ? 0 : then.ticks());
                if (pid == server) {
                    serverTicks += used;
                } else if (postgres.contains(pid)) {
                    postgresTicks += used + (pid == postmaster ? now.reaped() - (then == null ? 0 : then.reaped()) : 0);
                } else if (pid == client) {
                    clientTicks += used;
                } else if (pid == 2 || now.parent() == 2) {
                    kernelTicks += used;
                } else {
                    otherTicks += used;
                }
            }
            return new Use((b.nanos() - a.nanos()) / 1e9, serverTicks / TICKS_PER_SECOND, postgresTicks / TICKS_PER_SECOND,
                    clientTicks / TICKS_PER_SECOND, kernelTicks / TICKS_PER_SECOND, otherTicks / TICKS_PER_SECOND);
        }

        /** A thread's name as /proc has it (15 characters at most), its numbers as N, and its CPU time. */
        record ThreadTime(String group, long ticks) {
        }

        static Map<Long, ThreadTime> threads(long pid) {
            Map<Long, ThreadTime> threads = new java.util.HashMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        threads.put(Long.valueOf(task.getFileName().toString()),
                                new ThreadTime(name.replaceAll("\\d+", "N"), Long.parseLong(f[11]) + Long.parseLong(f[12])));
                    } catch (IOException | RuntimeException e) {
                        // The thread ended meanwhile.
                    }
                });
            } catch (IOException e) {
                // The process ended.
            }
            return threads;
        }

        /** CPU ticks by thread group between two looks (a thread that began between them counts whole). */
        static Map<String, Long> byThread(Map<Long, ThreadTime> before, Map<Long, ThreadTime> after) {
            Map<String, Long> groups = new java.util.HashMap<>();
            after.forEach((tid, now) -> {
                ThreadTime then = before.get(tid);
                long used = now.ticks() - (then == null ? 0 : then.ticks());
                groups.merge(now.group(), used, Long::sum);
            });
            return groups;
        }
    }

    /** The phone server from its jar, on its embedded PostgreSQL with the demo data. */
    static final class PhoneServer implements AutoCloseable {
        private final ChildJvm jvm;
        private final int agiPort;
        private final Path database;
        private long postmaster = -1;

        private PhoneServer(ChildJvm jvm, int agiPort, Path database) {
            this.jvm = jvm;
            this.agiPort = agiPort;
            this.database = database;
        }

        static PhoneServer start(Options options, int mostCalls) throws InterruptedException {
            int agiPort = ChildJvm.freePort();
            int httpPort = ChildJvm.freePort();
            Path database = options.work().resolve("postgres").toAbsolutePath();
            List<String> java = new ArrayList<>(options.serverJvm());
            java.addAll(List.of("-jar", options.serverJar().toString(),
                    "--ivr.agi.port=" + agiPort, "--server.port=" + httpPort, "--ivr.audiosocket.port=0",
                    // The audio listener's own limit (2,000 by default) is not what is measured.
                    "--ivr.audiosocket.max-calls=" + Math.max(2_000, mostCalls + 100),
                    "--ivr.embedded-database.directory=" + database, "--ivr.remail.print-interval=0"));
            Path log = options.work().resolve("server.log");
            progress.println("Starting the phone server (" + options.serverJar() + "); log: " + log);
            List<String> launcher = options.serverNice() == 0 ? List.of() : List.of("nice", "-n", Integer.toString(options.serverNice()));
            ChildJvm jvm = ChildJvm.start("phone server", launcher, java, log);
            String health = "http://127.0.0.1:" + httpPort + "/actuator/health";
            jvm.awaitReady(() -> ChildJvm.healthy(health) && ChildJvm.listening(agiPort), Duration.ofMinutes(5));
            return new PhoneServer(jvm, agiPort, database);
        }

        int agiPort() {
            return agiPort;
        }

        long pid() {
            return jvm.pid();
        }

        Path log() {
            return jvm.log();
        }

        boolean alive() {
            return ProcessHandle.of(jvm.pid()).map(ProcessHandle::isAlive).orElse(false);
        }

        /** The embedded PostgreSQL's postmaster: the process whose command line names the server's database folder. */
        long postmaster() {
            if (postmaster < 0) {
                String folder = database.toString();
                postmaster = ProcessHandle.allProcesses()
                        .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(arg -> arg.startsWith(folder))).orElse(false))
                        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                        .mapToLong(ProcessHandle::pid).min().orElse(-1);
            }
            return postmaster;
        }

        /** How many lines the server logged at WARN and at ERROR, and the first of each. */
        String logSummary() {
            try {
                List<String> lines = Files.readAllLines(jvm.log(), StandardCharsets.UTF_8);
                List<String> warnings = lines.stream().filter(l -> l.contains(" WARN ")).toList();
                List<String> errors = lines.stream().filter(l -> l.contains(" ERROR ")).toList();
                return String.format("The server logged %,d lines: %,d WARN%s, %,d ERROR%s.", lines.size(), warnings.size(),
                        warnings.isEmpty() ? "" : " (first: " + warnings.get(0).trim() + ")", errors.size(),
                        errors.isEmpty() ? "" : " (first: " + errors.get(0).trim() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }


        @Override
        public void close() throws InterruptedException {
            jvm.close();
        }
    }
}
