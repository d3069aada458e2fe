package gov.ocss.ivr.load;

import gov.ocss.ivr.load.CallCheck.Outcome;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/** The figures of a run, side by side for the phone server and the bare baseline, in Markdown. */
final class Report {
    private final LoadOptions options;
    private LoadRun.Result server;
    private ProcessWatch.Usage serverUsage;
    private String metricsComparison = "not read (no metrics endpoint)";
    private double callsCountedByServer = Double.NaN;
    private double stepsCountedByServer = Double.NaN;
    private LoadRun.Result bare;
    private ProcessWatch.Usage bareUsage;
    private ProcessWatch.Usage toolUsage;
    private ProcessWatch.Usage toolUsageForBare;

    Report(LoadOptions options) {
        this.options = options;
    }

    void phoneServer(LoadRun.Result result, ProcessWatch.Usage usage, ProcessWatch.Usage tool,
                     Optional<PrometheusText> before, Optional<PrometheusText> after) {
        this.server = result;
        this.serverUsage = usage;
        this.toolUsage = tool;
        if (before.isPresent() && after.isPresent()) {
            PrometheusText b = before.get();
            PrometheusText a = after.get();
            double calls = a.sum("ivr_calls_total") - b.sum("ivr_calls_total");
            double steps = a.sum("ivr_agi_step_seconds_count") - b.sum("ivr_agi_step_seconds_count");
            callsCountedByServer = calls;
            stepsCountedByServer = steps;
            double meanMicros = steps == 0 ? Double.NaN
                    : (a.sum("ivr_agi_step_seconds_sum") - b.sum("ivr_agi_step_seconds_sum")) / steps * 1e6;
            metricsComparison = String.format(
                    "calls ended %,.0f (tool: %,d); steps %,.0f (tool: %,d); step mean %.0f µs (tool: %.0f µs, which adds the loopback both ways); "
                            + "step p99 at most %.0f µs by its histogram's buckets (tool: %.0f µs); calls in progress after the run %.0f",
                    calls, result.calls(), steps, result.commands(), meanMicros, result.steps().meanMicros(),
                    a.stepPercentileMicrosSince(b, 99), result.steps().percentileMicros(99),
                    a.sum("ivr_calls_in_progress"));
        }
    }

    void baseline(LoadRun.Result result, ProcessWatch.Usage usage, ProcessWatch.Usage tool) {
        this.bare = result;
        this.bareUsage = usage;
        this.toolUsageForBare = tool;
    }

    LoadRun.Result phoneServer() {
        return server;
    }

    Optional<LoadRun.Result> bare() {
        return Optional.ofNullable(bare);
    }

    /** Calls and AGI steps the server's own metrics counted during the run; NaN when they were not read. */
    double callsCountedByServer() {
        return callsCountedByServer;
    }

    double stepsCountedByServer() {
        return stepsCountedByServer;
    }

    double commandsPerCall() {
        return server.calls() == 0 ? 20 : (double) server.commands() / server.calls();
    }

    boolean allCallsWell() {
        return server.count(Outcome.OK) == server.calls() && (bare == null || bare.count(Outcome.OK) == bare.calls());
    }

    void print(PrintStream out) {
        Runtime.Version jdk = Runtime.version();
        out.println();
        out.printf("## Load run, %s%n%n", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        out.printf("- JDK %s (%s), %d cores; server JVM options: %s%n", jdk, jdk.feature() >= 21 ? "calls on virtual threads"
                : "calls on platform threads", Runtime.getRuntime().availableProcessors(),
                options.serverJvmOptions().isEmpty() ? "none" : String.join(" ", options.serverJvmOptions()));
        out.printf("- %,d calls (after %,d not counted), %,d at once (ramp-up %d s), think time %s, %.0f%% on the TTY line; callers drawn from %,d of the %,d demo cases%n",
                server.calls(), options.warmUp(), options.concurrency(), options.rampUp().toSeconds(), options.think().name().toLowerCase(),
                options.ttyShare() * 100, options.callerPool(), options.cases());
        out.println();
        out.println("| | phone server | bare Asterisk-Java | ratio |");
        out.println("|---|---|---|---|");
        row(out, "calls ended well", n(server.count(Outcome.OK)), bare == null ? "" : n(bare.count(Outcome.OK)), "");
        row(out, "refused / failed / wrong", server.count(Outcome.REFUSED) + " / " + server.count(Outcome.FAILED) + " / "
                + server.count(Outcome.WRONG), bare == null ? "" : bare.count(Outcome.REFUSED) + " / " + bare.count(Outcome.FAILED) + " / -", "");
        row(out, "most calls in progress at once", n(server.peakInProgress()), bare == null ? "" : n(bare.peakInProgress()), "");
        rowNumber(out, "calls completed per second (after the ramp-up)", server.callsPerSecond(), bare == null ? null : bare.callsPerSecond(), "%.1f");
        rowNumber(out, "mean call length, s", server.meanCallSeconds(), bare == null ? null : bare.meanCallSeconds(), "%.2f");
        rowNumber(out, "AGI commands per call", commandsPerCall(), bare == null ? null : (double) bare.commands() / Math.max(1, bare.calls()), "%.1f");
        for (double p : new double[] {50, 95, 99}) {
            rowNumber(out, "step turnaround p" + (int) p + ", µs", server.steps().percentileMicros(p),
                    bare == null ? null : bare.steps().percentileMicros(p), "%.0f");
        }
        rowNumber(out, "step turnaround max, µs", server.steps().maxMicros(), bare == null ? null : bare.steps().maxMicros(), "%.0f");
        if (serverUsage != null) {
            rowNumber(out, "server CPU per call, ms", 1000 * serverUsage.cpuSeconds() / Math.max(1, server.calls()),
                    bareUsage == null ? null : 1000 * bareUsage.cpuSeconds() / Math.max(1, bare.calls()), "%.2f");
            rowNumber(out, "server CPU per step, µs", 1e6 * serverUsage.cpuSeconds() / Math.max(1, server.commands()),
                    bareUsage == null ? null : 1e6 * bareUsage.cpuSeconds() / Math.max(1, bare.commands()), "%.0f");
            rowNumber(out, "server CPU, % of one core", serverUsage.cpuPercentOfOneCore(),
                    bareUsage == null ? null : bareUsage.cpuPercentOfOneCore(), "%.0f");
            rowNumber(out, "server peak resident memory, MiB", serverUsage.peakRssKb() / 1024.0,
                    bareUsage == null ? null : bareUsage.peakRssKb() / 1024.0, "%.0f");
            rowNumber(out, "server peak threads", (double) serverUsage.peakThreads(),
                    bareUsage == null ? null : (double) bareUsage.peakThreads(), "%.0f");
            rowNumber(out, "the load tool's CPU, % of one core", toolUsage.cpuPercentOfOneCore(),
                    toolUsageForBare == null ? null : toolUsageForBare.cpuPercentOfOneCore(), "%.0f");
            rowNumber(out, "whole machine busy (tool, database, server), %", serverUsage.machineBusyPercent(),
                    bareUsage == null ? null : bareUsage.machineBusyPercent(), "%.0f");
        }
        if (serverUsage != null) {
            whereTheCpuWent(out);
        }
        out.println();
        out.println("The server's own metrics over the run: " + metricsComparison + ".");
        problems(out, "phone server", server.problems());
        if (bare != null) {
            problems(out, "baseline", bare.problems());
        }
        out.println();
    }

    /** The server's CPU per call by the kind of thread that spent it, the kernel's part in brackets. */
    private void whereTheCpuWent(PrintStream out) {
        out.println();
        out.println("| server CPU per call by thread, ms (in the kernel) | phone server | bare Asterisk-Java | |");
        out.println("|---|---|---|---|");
        for (ThreadTimes.Kind kind : ThreadTimes.Kind.values()) {
            ThreadTimes.Ticks ours = serverUsage.byThread().get(kind);
            ThreadTimes.Ticks theirs = bareUsage == null ? null : bareUsage.byThread().get(kind);
            if (ours.seconds() == 0 && (theirs == null || theirs.seconds() == 0)) {
                continue;
            }
            row(out, kind.label, perCall(ours, server.calls()), theirs == null ? "" : perCall(theirs, bare.calls()), "");
        }
    }

    private static String perCall(ThreadTimes.Ticks ticks, long calls) {
        double perCall = 1000.0 / Math.max(1, calls);
        return String.format("%.2f (%.2f)", ticks.seconds() * perCall, ticks.kernelSeconds() * perCall);
    }

    private static void problems(PrintStream out, String what, Map<String, Long> problems) {
        problems.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(p -> out.printf("- %s: %,d calls: %s%n", what, p.getValue(), p.getKey()));
    }

    private static void rowNumber(PrintStream out, String what, double ours, Double theirs, String format) {
        String ratio = theirs == null || theirs == 0 || Double.isNaN(theirs) ? "" : String.format("%.2f", ours / theirs);
        row(out, what, String.format(format, ours), theirs == null ? "" : String.format(format, theirs), ratio);
    }

    private static void row(PrintStream out, String what, String ours, String theirs, String ratio) {
        out.printf("| %s | %s | %s | %s |%n", what, ours, theirs, ratio);
    }

    private static String n(long value) {
        return String.format("%,d", value);
    }
}
