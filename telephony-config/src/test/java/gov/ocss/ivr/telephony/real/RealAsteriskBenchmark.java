package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.telephony.real.AsteriskLog.Event;
import gov.ocss.ivr.telephony.real.AsteriskLog.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many simultaneous voice calls this machine carries on a real Asterisk, and how the CPU splits
 * between Asterisk, the phone server and PostgreSQL. One line of the real-Asterisk suite (a throwaway
 * Asterisk with the shipped configuration, the phone server from its jar on its embedded PostgreSQL
 * with the 300-case demo data) takes calls from robot callers, each doing a whole verified English
 * call: language 1, account 1, case number, PIN, 2 for the past-due balance, listening to every
 * prompt in full, hanging up at the account menu. A call fails if a step times out (60 s), the
 * amount heard (read back from the words) is not the ledger's, or the caller heard Asterisk's or the
 * server's "system unavailable", "closing" or "agents" sounds.
 *
 * <p>Levels step up without a pause: at each level the callers still needed start over the ramp, then
 * the level is held, each caller placing a new call a moment (0 to {@code --gap}) after its last ends.
 * CPU (utime+stime from /proc) is measured over the hold only, when the level's calls are all up. A
 * call is counted at the level in force when it ended (one whose step timed out, at the level in force
 * 60 s before); after the last level no new calls start and the
 * calls in progress finish (counted at the last level). The run stops after the first level with a
 * failed call.
 *
 * <pre>
 * cd telephony-config &amp;&amp; mvn -B -q test-compile &amp;&amp; mvn -B exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=gov.ocss.ivr.telephony.real.RealAsteriskBenchmark -Dexec.args="--levels 200,400,600,700,800,900 --hold 90s --ramp 20s"
 * </pre>
 *
 * Nothing a caller keys (case numbers, PINs) is printed.
 */
public final class RealAsteriskBenchmark {
    private static final int MOST_CALLS = 1000;
    private static final String CONTEXT = "ocss-benchmark-calls";
    private static final String FIRST_STEP_ANSWER = "en/ocss/account-menu-noncustodial";
    private static final List<String> FAILURE_SOUNDS = List.of("call-system_unavailable", "call-closing",
            "dialplan-unavailable_closed", "dialplan-agents_busy", "dialplan-agents_closed");
    private static final long TICKS = 100; // USER_HZ (getconf CLK_TCK) on Linux

    private final RealAsterisk line;
    private final Path binary;
    private final List<Caller> cases;
    private final Duration gap;
    private final AtomicInteger callIds = new AtomicInteger();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final List<Thread> callerThreads = new ArrayList<>();
    private volatile boolean stopping;
    private volatile Level current;
    private final List<Level> levels = new ArrayList<>();

    /** One demo case's noncustodial parent: what they key and the past-due amount they should hear. */
    private record Caller(String caseNumber, String pin, long pastDueCents) {
        @Override
        public String toString() {
            return "a caller"; // never the digits
        }
    }

    /** What happened at one level. */
    private static final class Level {
        final int callers;
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicLong completedMillis = new AtomicLong();
        final Map<String, Integer> reasons = new TreeMap<>();
        final List<Long> keySteps = new ArrayList<>();
        final List<Long> allSteps = new ArrayList<>();
        Cpu before;
        Cpu after;
        int completedBeforeHold;
        int completedAfterHold;
        final List<Integer> inProgressSamples = new ArrayList<>();
        String resources = "";
        volatile boolean holding;
        long startNanos;
        java.time.LocalDateTime from;
        java.time.LocalDateTime to;

        Level(int callers) {
            this.callers = callers;
        }

        synchronized void fail(String reason) {
            failed.incrementAndGet();
            reasons.merge(reason, 1, Integer::sum);
        }

        synchronized void complete(long millis, List<Long> keys, List<Long> all) {
            completed.incrementAndGet();
            completedMillis.addAndGet(millis);
            keySteps.addAll(keys);
            allSteps.addAll(all);
        }
    }

    /** CPU ticks used so far by each party, and the machine's, at one moment. */
    private record Cpu(long nanos, long asterisk, long asteriskKernel, long server, long postgres, long robots, long robotsChildren,
                       long machineBusy, long machineTotal) {
    }

    private RealAsteriskBenchmark(RealAsterisk line, Path binary, List<Caller> cases, Duration gap) {
        this.line = line;
        this.binary = binary;
        this.cases = cases;
        this.gap = gap;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> levels = List.of(200, 400, 600, 700, 800, 900);
        Duration hold = Duration.ofSeconds(90);
        Duration ramp = Duration.ofSeconds(20);
        Duration gap = Duration.ofSeconds(1);
        int demoCases = 300;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--levels" -> levels = parseLevels(value);
                case "--hold" -> hold = parseDuration(value);
                case "--ramp" -> ramp = parseDuration(value);
                case "--gap" -> gap = parseDuration(value);
                case "--cases" -> demoCases = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --levels 200,400,600,700,800,900 --hold 90s --ramp 20s --gap 1s --cases 300");
            }
            i++;
        }
        if (hold.toSeconds() < 10 || hold.toSeconds() > 600 || demoCases < 1 || demoCases > 300) {
            throw new IllegalArgumentException("--hold between 10s and 600s, --cases between 1 and 300");
        }
        long estimate = levels.size() * (ramp.toSeconds() + hold.toSeconds()) + 120 + 90;
        System.out.printf("Levels %s, ramp %d s, hold %d s: about %d minutes with start-up and the last calls' end.%n",
                levels, ramp.toSeconds(), hold.toSeconds(), (estimate + 59) / 60);

        Optional<AsteriskBinary> binary = AsteriskBinary.find();
        if (binary.isEmpty()) {
            System.out.println(AsteriskBinary.HOW_TO_RUN);
            System.exit(2);
        }
        Path work = Path.of("target", "real-asterisk-benchmark");
        System.out.println("Starting Asterisk and the phone server in " + work.toAbsolutePath() + " ...");
        RealAsterisk line = RealAsterisk.start(binary.get(), work, List.of());
        String report;
        try {
            List<Caller> cases = new ArrayList<>();
            for (int i = 0; i < demoCases; i++) {
                DemoCase demoCase = line.facts().demoCase(i);
                long cents = line.facts().balance(demoCase).pastDue().cents();
                if (cents > 0) {
                    cases.add(new Caller(LineFacts.caseNumber(demoCase), LineFacts.pin(demoCase.noncustodial()), cents));
                }
            }
            RealAsteriskBenchmark benchmark = new RealAsteriskBenchmark(line, binary.get().binary(), cases, gap);
            report = benchmark.run(levels, ramp, hold, demoCases, work);
        } finally {
            line.close();
        }
        System.out.println();
        System.out.println(report);
        Path file = work.resolve("report-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC)) + ".txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("(also in " + file.toAbsolutePath() + ")");
    }

    private String run(List<Integer> levels, Duration ramp, Duration hold, int demoCases, Path work) throws Exception {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        line.asterisk().addStep(CONTEXT, "call", 1, "Set(OCSS_AGI=" + line.server().agiUrl() + ")");
        line.asterisk().addStep(CONTEXT, "call", 2, "Goto(ocss-from-carrier," + RealAsterisk.HELPLINE + ",1)");
        long postmaster = postmaster(work);
        Thread sampler = new Thread(this::sample, "in-progress-sampler");
        sampler.setDaemon(true);
        sampler.start();

        List<Level> done = new ArrayList<>();
        System.out.println("(Asterisk's pid " + line.asterisk().pid() + ", the server's " + line.server().pid()
                + ", PostgreSQL's postmaster " + postmaster + ")");
        for (int callers : levels) {
            Level level = new Level(callers);
            level.startNanos = System.nanoTime();
            level.from = java.time.LocalDateTime.now();
            if (!done.isEmpty()) {
                done.get(done.size() - 1).to = level.from;
            }
            synchronized (this.levels) {
                this.levels.add(level);
            }
            current = level;
            done.add(level);
            int add = callers - callerThreads.size();
            System.out.printf("%s level %d: starting %d more callers over %d s%n", now(), callers, add, ramp.toSeconds());
            long rampNanos = ramp.toNanos();
            long rampStart = System.nanoTime();
            for (int j = 0; j < add; j++) {
                long due = rampStart + rampNanos * j / Math.max(1, add);
                sleepUntil(due);
                startCaller(cases.get(callerThreads.size() % cases.size()));
            }
            sleepUntil(rampStart + rampNanos);
            level.before = cpu(postmaster);
            level.completedBeforeHold = level.completed.get();
            level.holding = true;
            Thread.sleep(hold.toMillis());
            level.holding = false;
            level.after = cpu(postmaster);
            level.completedAfterHold = level.completed.get();
            level.resources = resources();
            System.out.printf("%s level %d held %d s: %d completed, %d failed so far; %s%n", now(), callers,
                    hold.toSeconds(), level.completed.get(), level.failed.get(), level.resources);
            if (level.failed.get() > 0) {
                break;
            }
        }
        stopping = true;
        System.out.printf("%s no new calls; waiting for the %d in progress to end%n", now(), inProgress.get());
        long drainDeadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        for (Thread caller : callerThreads) {
            caller.join(Math.max(1, (drainDeadline - System.nanoTime()) / 1_000_000));
        }
        sampler.interrupt();
        done.get(done.size() - 1).to = java.time.LocalDateTime.now();
        return report(started, done, ramp, hold, demoCases, work);
    }

    private void startCaller(Caller caller) {
        Thread thread = new Thread(() -> {
            while (!stopping) {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(gap.toMillis() + 1));
                } catch (InterruptedException e) {
                    return;
                }
                if (stopping) {
                    return;
                }
                oneCall(caller);
            }
        }, "caller-" + callerThreads.size());
        thread.setDaemon(true);
        callerThreads.add(thread);
        thread.start();
    }

    /** One whole verified call; counted at the level in force when it ends. */
    private void oneCall(Caller caller) {
        inProgress.incrementAndGet();
        long start = System.nanoTime();
        String failure = null;
        boolean timedOut = false;
        List<Long> keySteps = new ArrayList<>();
        List<Long> allSteps = new ArrayList<>();
        try (TestCall call = place()) {
            call.answer("1").answer("1");
            call.answer(caller.caseNumber());
            call.answer(caller.pin());
            call.answer("2");
            call.awaitSound(FIRST_STEP_ANSWER);
            call.hangUp();
            List<String> played = call.soundsPlayed();
            failure = failureHeard(played);
            if (failure == null) {
                int at = played.indexOf("en/ocss/balance-past_due");
                if (at < 0) {
                    failure = "no past-due balance played";
                } else {
                    List<String> words = new ArrayList<>();
                    int first = at + 1 < played.size() && Pause.named(played.get(at + 1)).isPresent() ? at + 2 : at + 1;
                    for (int i = first; i < played.size() && played.get(i).contains("/ocss/words/"); i++) {
                        words.add(line.sounds().text(played.get(i)));
                    }
                    if (EnglishAmount.cents(words) != caller.pastDueCents()) {
                        failure = "a wrong past-due amount heard";
                    }
                }
            }
            steps(call.lineEvents(), keySteps, allSteps);
        } catch (AssertionError | Exception e) {
            failure = reason(e);
            timedOut = String.valueOf(e.getMessage()).startsWith("waited ");
        } finally {
            inProgress.decrementAndGet();
        }
        if (failure == null) {
            current.complete((System.nanoTime() - start) / 1_000_000, keySteps, allSteps);
        } else {
            // A step that timed out was in trouble from up to a turn (60 s) before: blame the level in force then.
            levelAt(System.nanoTime() - (timedOut ? TestCall.TURN.toNanos() : 0)).fail(failure);
        }
    }

    /**
     * A call into the line as the suite's {@code RealAsterisk.call} places one, with one CLI command
     * instead of five: every call runs the same extension of the benchmark's own context (the server's
     * address, then the help line as the carrier delivers it), so placing calls does not rewrite the
     * dialplan under the calls in progress.
     */
    private Level levelAt(long nanos) {
        synchronized (levels) {
            Level found = levels.get(0);
            for (Level level : levels) {
                if (level.startNanos <= nanos) {
                    found = level;
                }
            }
            return found;
        }
    }

    private TestCall place() throws InterruptedException {
        return line.originate("call", CONTEXT, "bench" + callIds.incrementAndGet());
    }

    private static String failureHeard(List<String> played) {
        for (String sound : played) {
            for (String failure : FAILURE_SOUNDS) {
                if (sound.endsWith("/ocss/" + failure)) {
                    return "heard " + failure;
                }
            }
        }
        return null;
    }

    /** A failure's reason without digits (channel numbers, and never keys) and without the events it lists. */
    private static String reason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int events = message.indexOf("; its last events");
        if (events >= 0) {
            message = message.substring(0, events);
        }
        return (e.getClass().getSimpleName() + ": " + message).replaceAll("[0-9a-f]{8}", "X").replaceAll("\\d+", "N");
    }

    /**
     * The server's turnaround of each step as Asterisk logged it: from Asterisk's reply to one command
     * to its receiving the next, in ms; {@code afterKey} only those after a WAIT FOR DIGIT.
     */
    private static void steps(List<Event> events, List<Long> afterKey, List<Long> all) {
        String lastCommand = "";
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.kind() == Kind.COMMAND) {
                lastCommand = event.text();
            } else if (event.kind() == Kind.REPLY) {
                for (int j = i + 1; j < events.size(); j++) {
                    if (events.get(j).kind() == Kind.COMMAND) {
                        long millis = Duration.between(event.time(), events.get(j).time()).toMillis();
                        all.add(millis);
                        if (lastCommand.startsWith("WAIT FOR DIGIT")) {
                            afterKey.add(millis);
                        }
                        break;
                    }
                    if (events.get(j).kind() == Kind.REPLY) {
                        break;
                    }
                }
            }
        }
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            Level level = current;
            if (level != null && level.holding) {
                synchronized (level.inProgressSamples) {
                    level.inProgressSamples.add(inProgress.get());
                }
            }
        }
    }

    // --- CPU from /proc ---

    private Cpu cpu(long postmaster) throws IOException {
        long[] self = stat(ProcessHandle.current().pid());
        long postgres = 0;
        if (postmaster > 0) {
            long[] master = stat(postmaster);
            postgres = master[0] + master[1] + master[2] + master[3];
            for (long child : children(postmaster)) {
                long[] c = stat(child);
                postgres += c[0] + c[1];
            }
        }
        long[] asterisk = stat(line.asterisk().pid());
        long[] server = stat(line.server().pid());
        String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < machine.length && i <= 8; i++) {
            total += Long.parseLong(machine[i]);
        }
        long idle = Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
        return new Cpu(System.nanoTime(), asterisk[0] + asterisk[1], asterisk[1], server[0] + server[1], postgres,
                self[0] + self[1], self[2] + self[3], total - idle, total);
    }

    /** utime, stime, cutime, cstime (ticks), and the parent's pid; zeros for a process that is gone. */
    static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): ppid 4, utime 14, stime 15, cutime 16, cstime 17
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }

    private static List<Long> children(long parent) throws IOException {
        List<Long> children = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.toList()) {
                String name = proc.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && stat(Long.parseLong(name))[4] == parent) {
                    children.add(Long.parseLong(name));
                }
            }
        }
        return children;
    }

    /** The PostgreSQL postmaster of the server: the process whose command line names its data folder. */
    private static long postmaster(Path work) throws IOException {
        String data = work.resolve("server-main").resolve("postgres").toAbsolutePath().toString();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.toList()) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmdline.contains(data) && cmdline.contains("postgres") && cmdline.contains("-D")) {
                        return Long.parseLong(name);
                    }
                } catch (IOException e) {
                    // a process that ended meanwhile
                }
            }
        }
        System.out.println("WARNING: PostgreSQL's postmaster for " + data + " not found; its CPU is not measured");
        return -1;
    }

    /** Threads and open files of Asterisk and the server, now. */
    private String resources() {
        return otherTests() + "Asterisk " + threads(line.asterisk().pid()) + " threads, " + files(line.asterisk().pid())
                + " open files; server " + threads(line.server().pid()) + " threads";
    }

    /** Another test JVM (surefire) on the machine, which would share the cores with the calls. */
    private static String otherTests() {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmdline.contains("surefire")) {
                        return "ANOTHER TEST RUN (surefire) SHARED THE MACHINE; ";
                    }
                } catch (IOException | RuntimeException e) {
                    // not a process, or one that ended
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private static String threads(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (l.startsWith("Threads:")) {
                    return l.substring("Threads:".length()).trim();
                }
            }
        } catch (IOException e) {
            // gone
        }
        return "?";
    }

    private static String files(long pid) {
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return Long.toString(fds.count());
        } catch (IOException e) {
            return "?";
        }
    }

    // --- the report ---

    private String report(ZonedDateTime started, List<Level> levels, Duration ramp, Duration hold, int demoCases, Path work)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Real-Asterisk benchmark, ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(started)).append('\n');
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; JDK ")
                .append(System.getProperty("java.version")).append(" (server and robots); ")
                .append("Asterisk ").append(binary).append(" (").append(line.asterisk().versions().get("asterisk").lines()
                        .findFirst().orElse("").replaceFirst(" built by .*", "")).append(")\n");
        out.append("- calls: help line, English, noncustodial parent verified by case number and PIN, 2 for the past-due balance, "
                + "hang up at the account menu; every prompt heard in full\n");
        out.append(String.format(Locale.ROOT, "- callers: %d of the first %d demo cases (those with a past-due balance), caller i on case i mod %d; "
                + "a new call 0 to %d ms after the caller's last one ended%n", cases.size(), demoCases, cases.size(), gap.toMillis()));
        out.append(String.format(Locale.ROOT, "- levels step up without a pause: new callers start over %d s, then the level is held %d s; "
                + "CPU is measured over the hold; a call counts at the level in force when it ended, a call whose step "
                + "timed out at the level in force a turn (60 s) before; the last level's calls in progress finished before the report%n%n", ramp.toSeconds(), hold.toSeconds()));

        out.append("| calls at once | in progress during hold (mean / min) | completed | failed | calls/s ended well during hold | mean call, s "
                + "| Asterisk, % of a core (in the kernel) | phone server | PostgreSQL | robots (their JVM + CLI) | anything else | machine busy | split Asterisk / server / PostgreSQL "
                + "| CPU per call ended well, ms: Asterisk / server / PostgreSQL | step after a key p50 / p95 / max, ms | any step p50 / p95, ms | log messages Asterisk discarded |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<java.time.LocalDateTime, Long> discards = discards(line.asterisk().fullLog());
        Integer best = null;
        Integer bestHeardAll = null;
        for (Level level : levels) {
            if (level.after == null) {
                continue;
            }
            Cpu a = level.before;
            Cpu b = level.after;
            double seconds = (b.nanos() - a.nanos()) / 1e9;
            double asterisk = percent(b.asterisk() - a.asterisk(), seconds);
            double server = percent(b.server() - a.server(), seconds);
            double postgres = percent(b.postgres() - a.postgres(), seconds);
            double robots = percent(b.robots() - a.robots(), seconds);
            double cli = percent(b.robotsChildren() - a.robotsChildren(), seconds);
            int cores = Runtime.getRuntime().availableProcessors();
            double busy = 100.0 * (b.machineBusy() - a.machineBusy()) / Math.max(1, b.machineTotal() - a.machineTotal());
            double system = asterisk + server + postgres;
            List<Integer> samples;
            synchronized (level.inProgressSamples) {
                samples = new ArrayList<>(level.inProgressSamples);
            }
            double mean = samples.stream().mapToInt(Integer::intValue).average().orElse(0);
            int min = samples.stream().mapToInt(Integer::intValue).min().orElse(0);
            int completed = level.completed.get();
            List<Long> keys;
            List<Long> all;
            synchronized (level) {
                keys = new ArrayList<>(level.keySteps);
                all = new ArrayList<>(level.allSteps);
            }
            Collections.sort(keys);
            Collections.sort(all);
            out.append(String.format(Locale.ROOT,
                    "| %d | %.0f / %d | %d | %d | %.2f | %.1f | %.0f%% (%.0f%%) | %.0f%% | %.0f%% | %.0f%% + %.0f%% | %.0f%% | %.0f%% of the cores "
                            + "| %.0f / %.0f / %.0f%% | %s | %d / %d / %d | %d / %d | %d |%n",
                    level.callers, mean, min, completed, level.failed.get(),
                    (level.completedAfterHold - level.completedBeforeHold) / seconds,
                    completed == 0 ? 0.0 : level.completedMillis.get() / 1000.0 / completed,
                    asterisk, percent(b.asteriskKernel() - a.asteriskKernel(), seconds), server, postgres, robots, cli,
                    Math.max(0, busy * cores - asterisk - server - postgres - robots - cli), busy,
                    100 * asterisk / system, 100 * server / system, 100 * postgres / system,
                    perCall(level, b.asterisk() - a.asterisk(), b.server() - a.server(), b.postgres() - a.postgres()),
                    percentile(keys, 50), percentile(keys, 95), keys.isEmpty() ? 0 : keys.get(keys.size() - 1),
                    percentile(all, 50), percentile(all, 95), discarded(discards, level)));
            if (level.failed.get() == 0) {
                best = level.callers;
            }
            if (level.failed.get() == 0 && discarded(discards, level) == 0) {
                bestHeardAll = level.callers;
            }
        }
        out.append('\n');
        for (Level level : levels) {
            if (!level.reasons.isEmpty()) {
                out.append("Failed at ").append(level.callers).append(" calls at once:\n");
                level.reasons.forEach((reason, count) -> out.append("  ").append(count).append(" x ").append(reason).append('\n'));
            }
            if (!level.resources.isEmpty()) {
                out.append("At the end of ").append(level.callers).append(": ").append(level.resources).append('\n');
            }
        }
        Level last = levels.get(levels.size() - 1);
        out.append(best == null ? "No level ran without a failed call.\n"
                : "Highest level with no failed call: " + best + " calls at once"
                        + (last.failed.get() == 0 ? " (the highest tried)" : "") + ".\n");
        out.append(bestHeardAll == null ? "" : "Highest level with no failed call and no log message discarded by Asterisk "
                + "(the robots hear the line through its log): " + bestHeardAll + " calls at once.\n");
        out.append("CPU is utime+stime from /proc/<pid>/stat over the hold: Asterisk's process; the server's JVM; PostgreSQL's postmaster, "
                + "its children and the children it reaped; the JVM running this benchmark (the robots, the reader of Asterisk's log) "
                + "and the asterisk -rx processes it ran (one per call); anything else is the machine's busy time less those. Asterisk's share includes the robots' own AGI sessions, "
                + "'agi set debug on' and the verbose log the robots read.\n");
        out.append(warnings(line.asterisk().fullLog()));
        return out.toString();
    }

    private static String perCall(Level level, long asterisk, long server, long postgres) {
        int calls = level.completedAfterHold - level.completedBeforeHold;
        if (calls == 0) {
            return "-";
        }
        double ms = 1000.0 / TICKS / calls;
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", asterisk * ms, server * ms, postgres * ms);
    }

    private static final java.util.regex.Pattern DISCARDED = java.util.regex.Pattern.compile(
            "^\\[([0-9-]+ [0-9:]+)\\.\\d+] WARNING\\[\\d+] logger: Logging resumed\\.\\s+(\\d+) messages discarded");

    /** When Asterisk's logger, its queue full, discarded messages (the robots' ears), and how many. */
    private static Map<java.time.LocalDateTime, Long> discards(Path log) throws IOException {
        Map<java.time.LocalDateTime, Long> found = new TreeMap<>();
        if (Files.exists(log)) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.filter(l -> l.contains("messages discarded")).forEach(l -> {
                    java.util.regex.Matcher m = DISCARDED.matcher(l);
                    if (m.find()) {
                        found.merge(java.time.LocalDateTime.parse(m.group(1), time), Long.parseLong(m.group(2)), Long::sum);
                    }
                });
            }
        }
        return found;
    }

    private static long discarded(Map<java.time.LocalDateTime, Long> discards, Level level) {
        long sum = 0;
        for (var entry : discards.entrySet()) {
            if (!entry.getKey().isBefore(level.from.withNano(0)) && (level.to == null || entry.getKey().isBefore(level.to))) {
                sum += entry.getValue();
            }
        }
        return sum;
    }

    private static double percent(long ticks, double seconds) {
        return 100.0 * ticks / TICKS / seconds;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Asterisk's warnings and errors, grouped with digits masked (channel and call ids; never keys). */
    private static String warnings(Path log) throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        if (Files.exists(log)) {
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.filter(l -> l.contains(" WARNING[") || l.contains(" ERROR[")).forEach(l -> {
                    if (l.contains("Error loading module") && l.contains("pj")) {
                        // the shipped modules.conf loads chan_pjsip, which this build has not (README of shared/asterisk)
                        found.merge("ERROR loader.c: a pjsip module not found (no pjproject in this build: expected)", 1, Integer::sum);
                        return;
                    }
                    String message = l.replaceFirst("^\\[[^]]*] ", "").replaceAll("\\[\\d+](\\[[^]]*])?", "")
                            .replaceAll("[0-9a-f]{8}", "X").replaceAll("\\d+", "N");
                    found.merge(message, 1, Integer::sum);
                });
            }
        }
        if (found.isEmpty()) {
            return "Asterisk logged no warnings or errors.\n";
        }
        StringBuilder out = new StringBuilder("Asterisk's warnings and errors (" + log + "), digits masked:\n");
        found.forEach((message, count) -> out.append("  ").append(count).append(" x ").append(message).append('\n'));
        return out.toString();
    }

    // --- small things ---

    private static List<Integer> parseLevels(String value) {
        List<Integer> levels = new ArrayList<>();
        int previous = 0;
        for (String part : value.split(",")) {
            int level = Integer.parseInt(part.trim());
            if (level <= previous || level > MOST_CALLS) {
                throw new IllegalArgumentException("levels go up, from 1 to at most " + MOST_CALLS + " calls at once: " + value);
            }
            levels.add(level);
            previous = level;
        }
        return levels;
    }

    private static Duration parseDuration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static String now() {
        return DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now(ZoneOffset.UTC));
    }
}
