package gov.ocss.ivr.load;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.load.SoakMix.Outcome;
import gov.ocss.ivr.load.SoakMix.Plan;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.Pacing;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code ./phoneline soak}: two phone servers on one PostgreSQL, called for an hour at a person's pace
 * with the day's mix of calls ({@link SoakMix}); a third of the way through PostgreSQL is restarted,
 * two thirds of the way through the first server is restarted as an operator would (its calls given
 * their time to finish, new calls sent to the second as the dialplan's backup sends them). Every 30
 * seconds it reads each server's calls in progress, pool, threads, heap and open files; at the end it
 * checks that every letter a caller was promised is in the queue and printed once, that no call is left
 * open, and that nothing grew that should not have.
 */
public final class Soak {
    private static final PrintStream progress = System.err;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(30);
    /** A full collection before the heap is read, every tenth sample: the heap a leak would grow. */
    private static final int COLLECT_EVERY = 10;

    record Options(Duration duration, int concurrency, int cases, Duration databaseDown, long seed) {
        static final String USAGE = """
                usage: ./phoneline soak [options]
                  --duration D        how long calls are started (default 60m)
                  --concurrency N     calls in progress at once (default 40)
                  --cases N           the demo dataset's size (default 4000)
                  --database-down D   how long PostgreSQL stays stopped in the restart (default 15s)
                """;

        static Options parse(String... args) {
            Duration duration = Duration.ofMinutes(60);
            int concurrency = 40;
            int cases = 4_000;
            Duration down = Duration.ofSeconds(15);
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--duration" -> duration = LoadOptions.duration(args[i], value);
                    case "--concurrency" -> concurrency = Integer.parseInt(value);
                    case "--cases" -> cases = Integer.parseInt(value);
                    case "--database-down" -> down = LoadOptions.duration(args[i], value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException(args[args.length - 1] + " needs a value\n" + USAGE);
            }
            return new Options(duration, concurrency, cases, down, DemoDataset.DEFAULT_SEED);
        }
    }

    private final Options options;
    private final Path work = Path.of("target", "soak");
    private final AtomicReferenceArray<PhoneServer> servers = new AtomicReferenceArray<>(2);
    private final Map<Outcome, LongAdder> outcomes = new EnumMap<>(Outcome.class);
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Set<String> lettersPromised = ConcurrentHashMap.newKeySet();
    private final LongAdder toTheBackup = new LongAdder();
    private final LongAdder started = new LongAdder();
    private final LongAdder ended = new LongAdder();
    private final AtomicLong databaseStopped = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong databaseBack = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong serverStopped = new AtomicLong(Long.MAX_VALUE);
    private final List<ServerReading> readings = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    /** One line a call: what it was, where it went, how long it took and how it ended, to look into afterwards. */
    private final List<String> callLines = java.util.Collections.synchronizedList(new ArrayList<>(List.of(
            "id,kind,server,began_s,seconds,end,ivr_reason,outcome,why")));
    private final long startNanos = System.nanoTime();
    /** When the first call was made: the restarts are timed from it. */
    private volatile long callsBegan;
    private List<String> settings;
    private EmbeddedDatabase database;
    private Jdbi jdbi;

    private Soak(Options options) {
        this.options = options;
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, new LongAdder());
        }
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        if (List.of(args).contains("--help")) {
            System.out.print(Options.USAGE);
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
        boolean well = new Soak(options).run();
        System.exit(well ? 0 : 1);
    }

    private boolean run() throws Exception {
        PhoneServer.deleteTree(work);
        Files.createDirectories(work);
        LocalDate today = BusinessCalendar.system().today();
        database = EmbeddedDatabase.start(work.resolve("postgres"), true);
        String url = database.jdbcUrl("postgres");
        jdbi = Jdbi.create(url);
        byte[] pinKey = new byte[32];
        new SecureRandom().nextBytes(pinKey);
        settings = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--ivr.pin.keys.1=" + Base64.getEncoder().encodeToString(pinKey),
                "--ivr.demo.cases=" + options.cases(), "--ivr.demo.seed=" + options.seed(),
                "--ivr.remail.print-interval=10s");
        progress.println("Starting two phone servers on one PostgreSQL (" + options.cases() + " demo cases); logs in " + work);
        servers.set(0, start("first", true));
        servers.set(1, start("second", false));
        note("both servers up");

        DemoDataset dataset = DemoDataset.of(options.seed(), options.cases(), YearMonth.from(today));
        CallCheck check = new CallCheck(CatalogRenderer.standard(Clock.systemDefaultZone()));
        SoakMix mix = new SoakMix(dataset, today, check, 0.1, options.seed());
        AsteriskSimulator asterisk = AsteriskSimulator.builder()
                .sounds(new SpokenLengths(SoundInventory.standard(VoiceTexts.read(VoiceTexts.DEFAULT))))
                .pacing(Pacing.REAL_TIME).idleTimeout(Duration.ofSeconds(60)).connectTimeout(Duration.ofSeconds(10)).build();

        callsBegan = System.nanoTime();
        Thread restarts = daemon("soak-restarts", this::restarts);
        Thread sampler = daemon("soak-samples", this::sampleUntilInterrupted);
        LoadRun.Result result = new LoadRun(options.concurrency(), Long.MAX_VALUE, Optional.of(options.duration()),
                Duration.ofSeconds(60)).run((number, steps) -> call(asterisk, mix, number, steps), progress::println);
        restarts.join();
        note("last call ended");
        TimeUnit.SECONDS.sleep(15);
        sampler.interrupt();
        sampler.join();
        sample(true);
        threadDump(servers.get(0), "first-at-end");
        threadDump(servers.get(1), "second-at-end");
        Files.write(work.resolve("calls.csv"), callLines, StandardCharsets.UTF_8);
        Letters letters = letters();
        boolean well = report(result, letters);
        for (int i = 0; i < 2; i++) {
            PhoneServer server = servers.get(i);
            if (server != null) {
                server.close();
            }
        }
        database.close();
        return well;
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private PhoneServer start(String name, boolean loadDemo) throws IOException, InterruptedException {
        List<String> these = new ArrayList<>(settings);
        these.add("--ivr.demo.load=" + loadDemo);
        return PhoneServer.start(work.resolve(name).toAbsolutePath(), these);
    }

    /** One call, to the server the dialplan tries first and, if it refuses, to the other. */
    private CallCheck.Verdict call(AsteriskSimulator asterisk, SoakMix mix, long number, StepTimes steps) {
        started.increment();
        Plan plan = mix.next();
        String id = "soak." + number;
        CallSetup setup = CallSetup.forScript(plan.tty() ? "tty" : "helpline").uniqueId(id)
                .callerIdNumber(String.format("718555%04d", number % 10_000)).build();
        int first = (int) (number % 2);
        long began = System.nanoTime();
        CallRecord call = null;
        int servedBy = -1;
        for (int attempt = 0; attempt < 2 && call == null; attempt++) {
            PhoneServer server = servers.get((first + attempt) % 2);
            if (server == null) {
                continue;
            }
            try {
                call = asterisk.call(new InetSocketAddress("127.0.0.1", server.agiPort()), setup, plan.caller());
                servedBy = (first + attempt) % 2;
            } catch (UncheckedIOException refused) {
                // The dialplan's backup: the other server.
            }
        }
        long end = System.nanoTime();
        ended.increment();
        byKind.computeIfAbsent(plan.kind().name(), k -> new LongAdder()).increment();
        if (call == null) {
            outcomes.get(Outcome.FAILED).increment();
            callLines.add(id + "," + plan.kind() + ",,,,,,FAILED,refused by both servers");
            return new CallCheck.Verdict(CallCheck.Outcome.REFUSED, "refused by both servers");
        }
        if (servedBy != first) {
            toTheBackup.increment();
        }
        steps.add(call.stepTurnaroundNanos());
        // Until PostgreSQL is back (databaseBack still MAX_VALUE) every call after the stop overlaps it.
        long back = databaseBack.get();
        boolean duringDatabaseRestart = end > databaseStopped.get()
                && (back == Long.MAX_VALUE || began < back + TimeUnit.SECONDS.toNanos(2));
        boolean duringServerRestart = servedBy == 0 && began < serverStopped.get() && end > serverStopped.get();
        SoakMix.Verdict verdict = mix.judge(plan, call, duringDatabaseRestart, duringServerRestart);
        callLines.add(String.format("%s,%s,%s,%.1f,%.1f,%s,%s,%s,\"%s\"", id, plan.kind(), servedBy == 0 ? "first" : "second",
                (began - startNanos) / 1e9, (end - began) / 1e9, call.end(), call.variable("IVR_REASON").orElse(""),
                verdict.outcome(), verdict.why().replace('"', '\'')));
        outcomes.get(verdict.outcome()).increment();
        if (plan.kind() == SoakMix.Kind.LETTER && SoakMix.heard(call, SoakMix.LETTER_QUEUED)) {
            lettersPromised.add(id);
        }
        return switch (verdict.outcome()) {
            case SERVED, MET_OUTAGE, ENDED_BY_RESTART -> CallCheck.Verdict.OK;
            case WRONG -> new CallCheck.Verdict(CallCheck.Outcome.WRONG, verdict.why());
            case FAILED -> new CallCheck.Verdict(CallCheck.Outcome.FAILED, verdict.why());
        };
    }

    /** PostgreSQL restarted a third of the way through, the first server two thirds of the way. */
    private void restarts() {
        try {
            long third = options.duration().toNanos() / 3;
            sleepUntil(callsBegan + third);
            note("stopping PostgreSQL for " + options.databaseDown().toSeconds() + " s");
            databaseStopped.set(System.nanoTime());
            database.stop();
            TimeUnit.NANOSECONDS.sleep(options.databaseDown().toNanos());
            database.startAgain();
            databaseBack.set(System.nanoTime());
            note("PostgreSQL is back");

            sleepUntil(callsBegan + 2 * third);
            note("restarting the first server (SIGTERM; its calls get the shutdown grace)");
            threadDump(servers.get(0), "first-before-restart");
            PhoneServer first = servers.getAndSet(0, null);
            serverStopped.set(System.nanoTime());
            // systemd's own default before it kills a service that was asked to stop is 90 s.
            boolean byItself = first.stop(Duration.ofSeconds(90));
            note(byItself ? "the first server has stopped"
                    : "the first server had not stopped after 90 s and was killed");
            servers.set(0, start("first-again", false));
            note("the first server is back");
        } catch (IOException | InterruptedException e) {
            note("the restarts stopped: " + e);
        }
    }

    private void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private void sampleUntilInterrupted() {
        try {
            for (int n = 1; ; n++) {
                TimeUnit.MILLISECONDS.sleep(SAMPLE_EVERY.toMillis());
                sample(n % COLLECT_EVERY == 1);
            }
        } catch (InterruptedException e) {
            // The soak is over.
        }
    }

    private synchronized void sample(boolean collectFirst) {
        long backends = backends();
        for (int i = 0; i < 2; i++) {
            PhoneServer server = servers.get(i);
            if (server == null) {
                continue;
            }
            if (collectFirst) {
                collect(server.pid());
            }
            Optional<PrometheusText> metrics = PrometheusText.read(server.metricsUrl());
            if (metrics.isEmpty()) {
                continue;
            }
            ServerReading reading = ServerReading.of(seconds(), i == 0 ? "first" : "second", server.pid(), metrics.get(),
                    collectFirst, backends);
            readings.add(reading);
            progress.println(reading.line() + String.format("   calls: %d started, %d ended, %s",
                    started.sum(), ended.sum(), outcomeCounts()));
        }
    }

    /** A full collection in the server, so that what the heap holds afterwards is what is kept. */
    private static void collect(long pid) {
        jcmd(pid, "GC.run", ProcessBuilder.Redirect.DISCARD);
    }

    /** The JDK's jcmd (beside this JVM's java) run on a server. */
    private static void jcmd(long pid, String command, ProcessBuilder.Redirect output) {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        try {
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .redirectOutput(output).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            progress.println("could not run jcmd: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's threads, into {@code name}-threads.txt beside the report: what a call left open is doing. */
    private void threadDump(PhoneServer server, String name) {
        jcmd(server.pid(), "Thread.print", ProcessBuilder.Redirect.to(work.resolve(name + "-threads.txt").toFile()));
    }

    /** The servers' sessions in PostgreSQL (this tool's own not counted); -1 while it is down. */
    private long backends() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select count(*) from pg_stat_activity"
                    + " where backend_type = 'client backend' and pid <> pg_backend_pid()").mapTo(Long.class).one());
        } catch (RuntimeException down) {
            return -1;
        }
    }

    private String outcomeCounts() {
        StringBuilder counts = new StringBuilder();
        outcomes.forEach((outcome, n) -> counts.append(outcome.name().toLowerCase().replace('_', ' ')).append(' ')
                .append(n.sum()).append(", "));
        return counts.substring(0, counts.length() - 2);
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private synchronized void note(String event) {
        String line = String.format("%6.0f s: %s", seconds(), event);
        events.add(line);
        progress.println(line);
    }

    /** What became of the letters callers asked for. */
    record Letters(int promised, int promisedAndQueued, int promisedAndPrinted, long askedInAll, long printedTwice,
                   long stillQueued) {
        boolean noneLost() {
            return promisedAndQueued == promised && promisedAndPrinted == promised && printedTwice == 0 && stillQueued == 0;
        }
    }

    private Letters letters() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long queued;
        do {
            TimeUnit.SECONDS.sleep(2);
            queued = count("select count(*) from ivr.remail_request where requested_by like 'soak.%' and status = 'QUEUED'");
        } while (queued > 0 && System.nanoTime() < deadline);
        int found = 0;
        int printed = 0;
        for (String id : lettersPromised) {
            List<String> rows = jdbi.withHandle(h -> h.createQuery("select status || '/' || coalesce(print_batch_id::text, '-')"
                    + " from ivr.remail_request where requested_by = :id").bind("id", id).mapTo(String.class).list());
            if (rows.size() == 1) {
                found++;
                if (rows.get(0).startsWith("PRINTED/") && !rows.get(0).endsWith("/-")) {
                    printed++;
                }
            }
        }
        long inAll = count("select count(*) from ivr.remail_request where requested_by like 'soak.%'");
        long twice = count("""
                select count(*) from (select c.person_id from ledger.pin_credential c
                                       join ivr.remail_request r on r.pin_credential_id = c.id
                                      where r.requested_by like 'soak.%' and c.status = 'PENDING'
                                      group by c.person_id having count(*) > 1) twice""");
        return new Letters(lettersPromised.size(), found, printed, inAll, twice, queued);
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private boolean report(LoadRun.Result result, Letters letters) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Soak: %s of calls at a person's pace, %d at a time, two servers on one PostgreSQL (%d demo cases)%n",
                options.duration(), options.concurrency(), options.cases()));
        out.append(String.format("Java %s on %d cores%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors()));
        events.forEach(event -> out.append(event).append('\n'));
        out.append(String.format("%nCalls: %d (%s)%n", result.calls(), kinds()));
        out.append("  ").append(outcomeCounts()).append('\n');
        out.append(String.format("  sent to the second server because the first refused or was restarting: %d%n", toTheBackup.sum()));
        result.problems().forEach((why, n) -> out.append(String.format("  %d x %s%n", n, why)));
        out.append(String.format("%nLetters: %d promised to callers; %d of them in the queue, %d printed; %d asked for in all"
                        + " (a call cut between the request and the promise counts here); parents with two new PINs: %d;"
                        + " still queued after 2 minutes: %d%n",
                letters.promised(), letters.promisedAndQueued(), letters.promisedAndPrinted(), letters.askedInAll(),
                letters.printedTwice(), letters.stillQueued()));
        Set<Long> runningAtEnd = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            Optional.ofNullable(servers.get(i)).ifPresent(server -> runningAtEnd.add(server.pid()));
        }
        boolean steady = ServerReading.summarize(readings, runningAtEnd, out);
        boolean callsWell = outcomes.get(Outcome.FAILED).sum() == 0 && outcomes.get(Outcome.WRONG).sum() == 0;
        boolean well = callsWell && letters.noneLost() && steady;
        out.append(String.format("%n%s%n", well ? "Every call ended well, no letter was lost, nothing leaked."
                : "NOT WELL: " + (callsWell ? "" : "calls failed or were wrong; ") + (letters.noneLost() ? "" : "letters lost; ")
                        + (steady ? "" : "something grew (see above)")));
        System.out.print(out);
        Files.writeString(work.resolve("report.txt"), out, StandardCharsets.UTF_8);
        Files.write(work.resolve("samples.csv"), ServerReading.csv(readings), StandardCharsets.UTF_8);
        return well;
    }

    private String kinds() {
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, n) -> kinds.append(kind.toLowerCase().replace('_', ' ')).append(' ').append(n.sum()).append(", "));
        return kinds.length() == 0 ? "" : kinds.substring(0, kinds.length() - 2);
    }
}
