package gov.ocss.ivr.load;

import gov.ocss.ivr.prompts.voice.VoiceTexts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code ./phoneline load} was asked to do. Either {@code calls} or {@code duration} bounds the
 * run; {@code concurrency} calls are in progress at once once the ramp-up is over.
 *
 * @param serverJar     the phone server to start for the run (its own process, on an embedded PostgreSQL
 *                      holding the demo dataset); empty: call a server already running at host:port
 * @param serverPid     the process to watch for CPU, memory and threads when the server was started elsewhere
 * @param metricsUrl    the server's Prometheus endpoint, read before and after to compare with what we measured
 * @param cases         the demo dataset the server holds (its {@code ivr.demo.cases} and {@code ivr.demo.seed})
 * @param callerPool    how many of its cases the callers are drawn from (each case is worked out here to check
 *                      the balance its caller hears)
 * @param ttyShare      the share of calls made on the TTY line, 0 to 1
 * @param warmUp        calls made first and not counted, on the phone server and on the baseline alike
 * @param baselineSteps the AGI commands of a baseline call; empty: as many as the phone server's calls took
 * @param voiceTexts    the data texts the voice line reads whole ({@code prompts/voice-texts.txt}), whose sounds
 *                      the callers must be able to hear
 */
record LoadOptions(String host, int port, Optional<Path> serverJar, List<String> serverJvmOptions,
                   Optional<Long> serverPid, Optional<String> metricsUrl, int cases, long seed, int callerPool,
                   int concurrency, long calls, Optional<Duration> duration, Duration rampUp, Think think,
                   double ttyShare, boolean baseline, Path voiceTexts, long warmUp,
                   Optional<Integer> baselineSteps) {

    static final String USAGE = """
            usage: ./phoneline load [options]
              --concurrency N     calls in progress at once (default 100)
              --calls N           stop after N calls (default 1000, unless --duration is given)
              --duration D        or stop starting calls after D (e.g. 60s, 5m)
              --ramp-up D         start the first N calls evenly over D (default 10s)
              --think 0|realistic 0: no pauses, as fast as the server answers; realistic: prompts take the time
                                  they take to say and callers key at a person's pace (default realistic)
              --tty-share F       share of calls on the TTY line, 0 to 1 (default 0.1)
              --cases N           the demo dataset's size (default 100000)
              --seed N            the demo dataset's seed (default 2084485)
              --caller-pool N     how many of those cases the callers are drawn from (default 5000)
              --warm-up N         first make N calls that are not counted (default 0)
              --no-baseline       skip the bare Asterisk-Java server run
              --baseline-steps N  AGI commands in each baseline call (default: as many as the phone server's
                                  calls took; 51 is a verified call made the way it was before issue 19)
              --voice-texts PATH  the voice line's data texts (default prompts/voice-texts.txt)
              --server-jar PATH   start this phone server for the run (done by ./phoneline load)
              --server-jvm OPTS   JVM options for that server, e.g. "-Xmx1g"
              --host H --port P   call a server already running there (default 127.0.0.1:4573)
              --server-pid PID    and watch this process's CPU, memory and threads
              --metrics URL       and compare with its Prometheus endpoint
            """;

    static LoadOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 4573;
        Path jar = null;
        List<String> jvm = new ArrayList<>();
        Long pid = null;
        String metrics = null;
        int cases = 100_000;
        long seed = 2_084_485L;
        int pool = 5_000;
        int concurrency = 100;
        Long calls = null;
        Duration duration = null;
        Duration rampUp = Duration.ofSeconds(10);
        Think think = Think.REALISTIC;
        double ttyShare = 0.1;
        boolean baseline = true;
        Path voiceTexts = VoiceTexts.DEFAULT;
        long warmUp = 0;
        Integer baselineSteps = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--no-baseline")) {
                baseline = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = positive(option, value);
                case "--server-jar" -> jar = Path.of(value);
                case "--server-jvm" -> jvm.addAll(List.of(value.trim().split("\\s+")));
                case "--server-pid" -> pid = Long.parseLong(value);
                case "--metrics" -> metrics = value;
                case "--voice-texts" -> voiceTexts = Path.of(value);
                case "--warm-up" -> warmUp = Long.parseLong(value);
                case "--baseline-steps" -> baselineSteps = positive(option, value);
                case "--cases" -> cases = positive(option, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--caller-pool" -> pool = positive(option, value);
                case "--concurrency" -> concurrency = positive(option, value);
                case "--calls" -> calls = (long) positive(option, value);
                case "--duration" -> duration = duration(option, value);
                case "--ramp-up" -> rampUp = duration(option, value);
                case "--think" -> think = Think.named(value.toLowerCase(Locale.ROOT));
                case "--tty-share" -> {
                    ttyShare = Double.parseDouble(value);
                    if (ttyShare < 0 || ttyShare > 1) {
                        throw new IllegalArgumentException("--tty-share is between 0 and 1");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        jvm.removeIf(String::isEmpty);
        long bound = calls != null ? calls : duration != null ? Long.MAX_VALUE : 1_000;
        return new LoadOptions(host, port, Optional.ofNullable(jar), List.copyOf(jvm), Optional.ofNullable(pid),
                Optional.ofNullable(metrics), cases, seed, Math.min(pool, cases), concurrency, bound,
                Optional.ofNullable(duration), rampUp, think, ttyShare, baseline, voiceTexts, warmUp,
                Optional.ofNullable(baselineSteps));
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 ({@code PT1M}). */
    static Duration duration(String option, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofSeconds(Long.parseLong(v));
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " takes a time such as 30s or 5m, not " + value);
        }
    }
}
