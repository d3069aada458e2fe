package gov.ocss.ivr.load;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.load.CallCheck.Outcome;
import gov.ocss.ivr.load.CallCheck.Verdict;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.Pacing;
import gov.ocss.ivr.simulator.SoundLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code ./phoneline load}: many simulated calls at once against the phone server, each checked,
 * and the same load against a bare Asterisk-Java server, with one report comparing the two.
 * The options are in {@link LoadOptions#USAGE}; the README's "Performance" section has the runs.
 */
public final class LoadTest {
    private static final PrintStream out = System.out;
    /** Progress goes to the error stream, so the report alone can be redirected to a file. */
    private static final PrintStream progress = System.err;

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        // The simulator logs every call at DEBUG; the report says what matters.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = run(options);
        report.print(out);
        System.exit(report.allCallsWell() ? 0 : 1);
    }

    /** Runs the load; the report says whether every call ended well. */
    static Report run(LoadOptions options) throws Exception {
        LocalDate today = BusinessCalendar.system().today();
        List<Parent> parents = parents(options, today);
        SoundInventory inventory = SoundInventory.standard(VoiceTexts.read(options.voiceTexts()));
        AsteriskSimulator asterisk = asterisk(new SpokenLengths(inventory), options.think());
        CallCheck check = new CallCheck(CatalogRenderer.standard(Clock.systemDefaultZone()));
        Report report = new Report(options);

        try (Server server = Server.start(options)) {
            InetSocketAddress address = new InetSocketAddress(options.host(), server.agiPort);
            progress.println("Calling the phone server at " + address + " ...");
            Random pick = new Random(options.seed());
            LoadRun.OneCall parentCalls = (number, steps) -> {
                Parent parent;
                boolean tty;
                synchronized (pick) {
                    parent = parents.get(pick.nextInt(parents.size()));
                    tty = pick.nextDouble() < options.ttyShare();
                }
                ParentCaller caller = new ParentCaller(parent, tty, options.think());
                CallSetup setup = CallSetup.forScript(tty ? "tty" : "helpline").uniqueId("load." + number)
                        .callerIdNumber(String.format("718555%04d", number % 10_000)).build();
                CallRecord call;
                try {
                    call = asterisk.call(address, setup, caller);
                } catch (UncheckedIOException e) {
                    return refused(e);
                }
                steps.add(call.stepTurnaroundNanos());
                return check.check(call, caller, parent, tty);
            };
            warmUp(options, parentCalls);
            Optional<PrometheusText> before = server.metricsUrl.flatMap(PrometheusText::read);
            ProcessWatch watch = server.pid.map(ProcessWatch::start).orElse(null);
            ProcessWatch tool = ProcessWatch.start(ProcessHandle.current().pid());
            LoadRun.Result result = load(options).run(parentCalls, progress::println);
            ProcessWatch.Usage usage = watch == null ? null : watch.usage();
            Optional<PrometheusText> after = server.metricsUrl.flatMap(PrometheusText::read);
            report.phoneServer(result, usage, tool.usage(), before, after);
        }

        if (options.baseline()) {
            int steps = options.baselineSteps().orElse((int) Math.round(report.commandsPerCall()));
            // Its calls are held as long as ours on average, whatever their number of commands.
            long soundMillis = Math.max(1, Math.round(1000 * report.phoneServer().meanCallSeconds() / Math.max(1, steps)));
            AsteriskSimulator bareAsterisk = asterisk(SoundLibrary.everythingExists(Duration.ofMillis(soundMillis)), options.think());
            try (Baseline bare = startBaseline(options)) {
                int port = bare.port();
                progress.println("Calling the bare Asterisk-Java server (" + steps + " commands a call) ...");
                LoadRun.OneCall bareCalls = (number, times) -> {
                    CallSetup setup = CallSetup.forScript("bare").query("steps=" + steps).uniqueId("bare." + number).build();
                    CallRecord call;
                    try {
                        call = bareAsterisk.call(new InetSocketAddress(options.host(), port), setup, turn -> turn.isInput()
                                ? CallerAction.press("1").afterMillis(options.think() == Think.REALISTIC ? turn.promptMillis() : 0)
                                : CallerAction.silence());
                    } catch (UncheckedIOException e) {
                        return refused(e);
                    }
                    times.add(call.stepTurnaroundNanos());
                    // Asterisk-Java adds a SET VARIABLE AJ_AGISTATUS of its own after the script.
                    return call.serverClosed() && call.commandCount() >= steps && call.protocolErrors().isEmpty()
                            ? Verdict.OK
                            : new Verdict(Outcome.FAILED, "baseline call ended " + call.end() + " after " + call.commandCount() + " commands");
                };
                warmUp(options, bareCalls);
                ProcessWatch watch = ProcessWatch.start(bare.jvm().pid());
                ProcessWatch tool = ProcessWatch.start(ProcessHandle.current().pid());
                LoadRun.Result result = load(options).run(bareCalls, progress::println);
                report.baseline(result, watch.usage(), tool.usage());
            }
        }
        return report;
    }

    /** Asterisk for every call of a run: the idle time covers a server slowed by the load, not a dead one. */
    private static AsteriskSimulator asterisk(SoundLibrary sounds, Think think) {
        return AsteriskSimulator.builder()
                .sounds(sounds)
                .pacing(think == Think.REALISTIC ? Pacing.REAL_TIME : Pacing.INSTANT)
                .idleTimeout(Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The simulator could not connect: the server's listen queue was full, or it is gone. */
    private static Verdict refused(UncheckedIOException e) {
        return new Verdict(Outcome.REFUSED, "could not connect: " + e.getCause().getMessage());
    }

    /** Calls not counted, so that the JIT has compiled the server's hot paths before anything is measured. */
    private static void warmUp(LoadOptions options, LoadRun.OneCall calls) throws InterruptedException {
        if (options.warmUp() > 0) {
            progress.println("Warming up with " + options.warmUp() + " calls not counted ...");
            new LoadRun(options.concurrency(), options.warmUp(), Optional.empty(), options.rampUp()).run(calls, progress::println);
        }
    }

    private static LoadRun load(LoadOptions options) {
        return new LoadRun(options.concurrency(), options.calls(), options.duration(), options.rampUp());
    }

    /**
     * The noncustodial parents of {@code callerPool} cases spread over the whole dataset (whole blocks
     * of ten, picked at random: making a case means making its block), each with the balance the
     * dataset gives for today.
     */
    private static List<Parent> parents(LoadOptions options, LocalDate today) {
        DemoDataset dataset = DemoDataset.of(options.seed(), options.cases(), YearMonth.from(today));
        int blocks = (options.cases() + 9) / 10;
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            order.add(b);
        }
        java.util.Collections.shuffle(order, new Random(options.seed()));
        List<Parent> parents = new ArrayList<>(options.callerPool());
        progress.println("Working out the balances of " + options.callerPool() + " callers from the demo dataset ...");
        for (int block : order) {
            for (int i = block * 10; i < Math.min(options.cases(), block * 10 + 10) && parents.size() < options.callerPool(); i++) {
                DemoCase demoCase = dataset.caseAt(i);
                parents.add(Parent.of(demoCase, today));
            }
            if (parents.size() >= options.callerPool()) {
                break;
            }
        }
        return parents;
    }

    private record Baseline(ChildJvm jvm, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            jvm.close();
        }
    }

    private static Baseline startBaseline(LoadOptions options) throws InterruptedException {
        int port = ChildJvm.freePort();
        List<String> java = new ArrayList<>(options.serverJvmOptions());
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), BareAgiServer.class.getName(),
                Integer.toString(port), Integer.toString(options.concurrency() + 100)));
        ChildJvm jvm = ChildJvm.start("bare Asterisk-Java server", java, Path.of("target", "load", "bare-server.log"));
        jvm.awaitReady(() -> ChildJvm.listening(port), Duration.ofSeconds(60));
        return new Baseline(jvm, port);
    }

    /** The phone server under load: started here from its jar, or one already running. */
    private static final class Server implements AutoCloseable {
        final int agiPort;
        final Optional<Long> pid;
        final Optional<String> metricsUrl;
        private final ChildJvm jvm;

        private Server(int agiPort, Optional<Long> pid, Optional<String> metricsUrl, ChildJvm jvm) {
            this.agiPort = agiPort;
            this.pid = pid;
            this.metricsUrl = metricsUrl;
            this.jvm = jvm;
        }

        static Server start(LoadOptions options) throws InterruptedException {
            if (options.serverJar().isEmpty()) {
                return new Server(options.port(), options.serverPid(), options.metricsUrl(), null);
            }
            int agiPort = ChildJvm.freePort();
            int httpPort = ChildJvm.freePort();
            List<String> java = new ArrayList<>(options.serverJvmOptions());
            java.addAll(List.of("-jar", options.serverJar().get().toString(),
                    "--ivr.agi.port=" + agiPort, "--server.port=" + httpPort, "--ivr.audiosocket.port=0",
                    "--ivr.agi.max-calls=" + Math.max(12_000, options.concurrency() + 100),
                    "--ivr.demo.cases=" + options.cases(), "--ivr.demo.seed=" + options.seed(),
                    // A database of its own: the 100,000-case dataset is loaded once and kept for later runs.
                    "--ivr.embedded-database.directory=data/load-postgres"));
            Path log = Path.of("target", "load", "phone-server.log");
            progress.println("Starting the phone server (the first start loads the demo dataset, about a minute); log: " + log);
            ChildJvm jvm = ChildJvm.start("phone server", java, log);
            String health = "http://127.0.0.1:" + httpPort + "/actuator/health";
            jvm.awaitReady(() -> ChildJvm.healthy(health), Duration.ofMinutes(15));
            return new Server(agiPort, Optional.of(jvm.pid()),
                    Optional.of("http://127.0.0.1:" + httpPort + "/actuator/prometheus"), jvm);
        }


        @Override
        public void close() throws InterruptedException {
            if (jvm != null) {
                jvm.close();
            }
        }
    }
}
