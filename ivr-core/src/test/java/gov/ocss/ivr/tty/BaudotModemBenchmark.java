package gov.ocss.ivr.tty;

import gov.ocss.ivr.prompts.audio.MonoAudio;
import gov.ocss.ivr.prompts.audio.WavFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TTY modem measured: how many characters it gets wrong against minimodem (a TDD modem nobody here
 * wrote) as the line gets noisier, both ways, and how much CPU it takes per second of call audio. Prints
 * Markdown tables for BENCHMARKS.md ("The TTY modem").
 *
 * <p><b>Errors.</b> A text like the line's own (money, dates, phone numbers, punctuation, so the shift
 * changes often) is made into audio twice: by {@code minimodem --tx tdd} and by {@link BaudotTransmitter}.
 * For each signal-to-noise ratio and line level, sox (not our code) scales the audio to the level (-10, -25,
 * -40 dBm0), adds its own white noise at the ratio (tone power over the noise's whole power; a fresh
 * {@code synth whitenoise} for every condition, so the noise is independent of both modems and of the other
 * conditions) and passes the result through G.711 u-law and back, without dither. Both receivers read each
 * file: ours and {@code minimodem --rx tdd}. Character error rate = edit distance (Levenshtein, over what
 * was printed, carriage returns left out) / the text's length. A cell marked * had samples clipped: the tone
 * and the noise together were louder than u-law carries. A second table gives what each receiver prints
 * from a minute of noise alone (through u-law, no tone at all).
 *
 * <p><b>CPU.</b> The receiver reads a long transmission in 20 ms frames (160 samples, what a call's
 * audio arrives in); the transmitter makes the text's audio again and again. Thread CPU time
 * ({@link ThreadMXBean}) per second of audio, after warm-up passes.
 *
 * <p>From the repository root (needs minimodem and sox; builds through the reactor, installs nothing):
 * <pre>
 * mvn -B -q -pl ivr-core -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
 *     &amp;&amp; java -cp ivr-core/target/test-classes:ivr-core/target/classes:$(cat ivr-core/target/bench.classpath) \
 *        gov.ocss.ivr.tty.BaudotModemBenchmark
 * </pre>
 * 2 to 3 minutes on two cores. Options: {@code --copies N} (copies of the text per condition, default 5),
 * {@code --snr clean,10,3,...} (dB), {@code --levels -10,-25,-40} (dBm0), {@code --cpu-passes N} (default 20),
 * {@code --only errors|noise|cpu}.
 */
public final class BaudotModemBenchmark {
    /** 673 characters the way the TTY line writes them; our transmitter sends 83 shift codes among them. */
    static final String PASSAGE = String.join(" ",
            "YOUR PAST-DUE BALANCE IS $1,234.56 AS OF 12/04/2026.",
            "YOUR CURRENT SUPPORT DUE IS $412.00, DUE ON 01/01/2027.",
            "PAYMENTS RECEIVED FROM YOU, NEWEST FIRST: 11/28/2026: $206.00, WITHHELD FROM YOUR PAY.",
            "11/14/2026: $206.00, BY CHECK. 10/31/2026: $150.75, BY MONEY ORDER.",
            "WRITE YOUR CASE NUMBER ON YOUR PAYMENT: 5236295464.",
            "YOUR LOCAL OFFICE IS THE BROOKLYN OFFICE. THE ADDRESS IS 210 JORALEMON ST, BROOKLYN, NY 11201.",
            "THE PHONE NUMBER IS 888-208-4485. MONDAY TO FRIDAY, 8:30 AM TO 5:00 PM (CLOSED ON HOLIDAYS).",
            "FOR THE MAIN MENU, TYPE 1. TO REACH A REPRESENTATIVE, TYPE 0. TO SEE THESE CHOICES AGAIN, TYPE R.",
            "\"GA\" MEANS GO AHEAD; \"SK\" MEANS STOP KEYING! Q&A #7: IT'S FREE? YES. GA");

    private static final int RATE = BaudotTransmitter.SAMPLE_RATE;
    /** A 0 dBm0 sine's RMS as a fraction of full scale. */
    private static final double ZERO_DBM0_RMS = BaudotTransmitter.ZERO_DBM0_PEAK / Math.sqrt(2) / 32768;
    private static final int FRAME = 160;
    private static final Pattern CLIPPED = Pattern.compile("clipped (\\d+) samples");

    private final Path folder;
    private int fileNumber;

    private BaudotModemBenchmark(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int copies = Integer.parseInt(options.getOrDefault("copies", "5"));
        List<String> snrs = List.of(options.getOrDefault("snr", "clean,10,3,0,-2,-3,-4,-5,-6,-7,-8,-9,-10,-12").split(","));
        List<Double> levels = Stream.of(options.getOrDefault("levels", "-10,-25,-40").split(","))
                .map(Double::parseDouble).toList();
        int cpuPasses = Integer.parseInt(options.getOrDefault("cpu-passes", "20"));
        String only = options.getOrDefault("only", "");

        System.out.printf(Locale.ROOT, "TTY modem benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.MINUTES));
        System.out.printf(Locale.ROOT, "JDK %s (%s), %d cores, %s%n", Runtime.version(), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Path folder = Files.createTempDirectory("tty-modem-benchmark");
        try {
            BaudotModemBenchmark benchmark = new BaudotModemBenchmark(folder);
            if (only.isEmpty() || only.equals("errors")) {
                benchmark.errorRates(String.join(" ", Collections.nCopies(copies, PASSAGE)), snrs, levels);
            }
            if (only.isEmpty() || only.equals("noise")) {
                benchmark.noiseAlone(List.of(-70.0, -60.0, -50.0, -40.0, -35.0, -30.0, -20.0, -10.0), 60);
            }
            if (only.isEmpty() || only.equals("cpu")) {
                cpu(cpuPasses);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---------------------------------------------------------------- errors

    private void errorRates(String text, List<String> snrs, List<Double> levels) throws Exception {
        System.out.printf(Locale.ROOT, "%nversions: %s; %s%n", firstLine(run(null, "minimodem", "--version").out()),
                firstLine(run(null, "sox", "--version").out()).replaceAll("\\s+", " "));
        System.out.printf(Locale.ROOT, "text: %,d characters, %d copies of a %d-character passage%n", text.length(),
                text.length() / PASSAGE.length(), PASSAGE.length());

        Path theirs = file("minimodem-tx");
        run(text, "minimodem", "--tx", "tdd", "-R", String.valueOf(RATE), "-f", theirs.toString());
        Path ours = file("ours-tx");
        Files.write(ours, WavFile.encode(MonoAudio.fromPcm16(BaudotTransmitter.tdd().transmit(text), RATE)));
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("minimodem", theirs);
        sources.put("ours", ours);

        Map<String, Map<String, String[]>> tables = new LinkedHashMap<>(); // source -> S/N -> a cell per level
        double mostClipped = 0;
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            short[] clean = read(source.getValue());
            double sourceRms = rms(clean);
            System.out.printf(Locale.ROOT, "%s's audio: %.1f s, tone at %.1f dBFS RMS%n", source.getKey(),
                    clean.length / (double) RATE, 20 * Math.log10(sourceRms));
            long samples = clean.length;
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String snr : snrs) {
                String[] cells = new String[levels.size()];
                for (int l = 0; l < levels.size(); l++) {
                    double toneRms = ZERO_DBM0_RMS * Math.pow(10, levels.get(l) / 20);
                    Line line = snr.equals("clean")
                            ? line(source.getValue(), toneRms / sourceRms, 0, 0)
                            : line(source.getValue(), toneRms / sourceRms, samples, toneRms / Math.pow(10, Double.parseDouble(snr) / 20));
                    double byOurs = errorRate(text, ourReceiver(line.wav()));
                    double byMinimodem = errorRate(text, minimodemReceiver(line.wav()));
                    Files.delete(line.wav());
                    double clipped = line.clipped() / (double) samples;
                    mostClipped = Math.max(mostClipped, clipped);
                    boolean oursSent = source.getKey().equals("ours");
                    cells[l] = percent(oursSent ? byMinimodem : byOurs) + " / " + percent(oursSent ? byOurs : byMinimodem)
                            + (clipped > 0 ? " *" : "");
                    System.err.printf(Locale.ROOT, "  %s's audio, S/N %s dB, %.0f dBm0: ours %.2f%%, minimodem %.2f%%,"
                                    + " clipped %.3f%%%n", source.getKey(), snr, levels.get(l), 100 * byOurs,
                            100 * byMinimodem, 100 * clipped);
                }
                rows.put(snr, cells);
            }
            tables.put(source.getKey(), rows);
        }

        for (Map.Entry<String, Map<String, String[]>> table : tables.entrySet()) {
            System.out.printf(Locale.ROOT, "%n%s%n%n", table.getKey().equals("minimodem")
                    ? "(a) minimodem sends, our BaudotReceiver reads. Character error rate, %: ours / minimodem's own receiver"
                    : "(b) our BaudotTransmitter sends, minimodem reads. Character error rate, %: minimodem / our own receiver");
            StringBuilder header = new StringBuilder("| S/N, dB |");
            StringBuilder rule = new StringBuilder("|---|");
            for (double level : levels) {
                header.append(String.format(Locale.ROOT, " tone at %.0f dBm0 |", level));
                rule.append("---|");
            }
            System.out.println(header);
            System.out.println(rule);
            for (Map.Entry<String, String[]> row : table.getValue().entrySet()) {
                System.out.println("| " + row.getKey() + " | " + String.join(" | ", row.getValue()) + " |");
            }
        }
        if (mostClipped > 0) {
            System.out.printf(Locale.ROOT, "%n* the tone and noise together were louder than the line carries: sox clipped"
                    + " up to %.2f%% of the samples.%n", 100 * mostClipped);
        }
    }

    /** A line's audio, and how many samples sox clipped on the way (the most any of its steps reported). */
    private record Line(Path wav, long clipped) {
    }

    /**
     * The audio as the far end hears it: scaled by {@code gain}, plus {@code noiseRms} (as a fraction of
     * full scale) of sox's white noise over {@code samples} (none if 0), through u-law and back to 16-bit linear.
     * The noise is made at 48 kHz and brought down to 8 kHz by sox's resampler, which leaves it close to
     * Gaussian and flat up to about 3.8 kHz.
     */
    private Line line(Path audio, double gain, long samples, double noiseRms) throws Exception {
        Path ulaw = file("ulaw");
        List<Ran> steps = new ArrayList<>();
        if (samples == 0) {
            steps.add(run(null, "sox", "-D", "-v", num(gain), audio.toString(), "-t", "wav", "-e", "u-law",
                    ulaw.toString()));
        } else {
            Path noise = file("noise");
            steps.add(run(null, "sox", "-D", "-r", "48000", "-c", "1", "-n", "-r", String.valueOf(RATE), "-b", "16",
                    noise.toString(), "synth", samples * 48000 / RATE + "s", "whitenoise", "vol", "0.5"));
            double measured = rms(read(noise));
            steps.add(run(null, "sox", "-D", "-m", "-v", num(gain), audio.toString(), "-v", num(noiseRms / measured),
                    noise.toString(), "-t", "wav", "-e", "u-law", ulaw.toString()));
            Files.delete(noise);
        }
        Path linear = file("line");
        steps.add(run(null, "sox", "-D", ulaw.toString(), "-e", "signed-integer", "-b", "16", linear.toString()));
        Files.delete(ulaw);
        long clipped = 0;
        for (Ran step : steps) {
            Matcher m = CLIPPED.matcher(step.err());
            while (m.find()) {
                clipped = Math.max(clipped, Long.parseLong(m.group(1)));
            }
        }
        return new Line(linear, clipped);
    }

    // ---------------------------------------------------------------- noise alone

    private void noiseAlone(List<Double> noiseDbm0, int seconds) throws Exception {
        System.out.printf(Locale.ROOT, "%nCharacters printed from %d s of white noise alone (through u-law):%n%n", seconds);
        System.out.println("| noise, dBm0 | ours | minimodem |");
        System.out.println("|---|---|---|");
        for (double level : noiseDbm0) {
            Path silence = file("silence");
            run(null, "sox", "-r", String.valueOf(RATE), "-c", "1", "-n", "-b", "16", silence.toString(),
                    "trim", "0", String.valueOf(seconds));
            Line line = line(silence, 1, (long) seconds * RATE, ZERO_DBM0_RMS * Math.pow(10, level / 20));
            String ours = ourReceiver(line.wav());
            String theirs = minimodemReceiver(line.wav());
            System.out.printf(Locale.ROOT, "| %.0f | %d | %d |%n", level, ours.length(), theirs.length());
            if (line.clipped() > 0) {
                throw new IllegalStateException("noise at " + level + " dBm0 is louder than the line carries");
            }
            Files.delete(line.wav());
            Files.delete(silence);
        }
    }

    // ---------------------------------------------------------------- CPU

    private static void cpu(int passes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        short[] audio = BaudotTransmitter.tdd().transmit(PASSAGE + " " + PASSAGE);
        double audioSeconds = audio.length / (double) RATE;
        short[][] frames = new short[(audio.length + FRAME - 1) / FRAME][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = Arrays.copyOfRange(audio, i * FRAME, Math.min(audio.length, (i + 1) * FRAME));
        }
        int warmUp = 3;
        double[] receive = new double[passes];
        double[] transmit = new double[passes];
        int printed = 0;
        for (int pass = -warmUp; pass < passes; pass++) {
            BaudotReceiver receiver = BaudotReceiver.tdd();
            long start = threads.getCurrentThreadCpuTime();
            for (short[] frame : frames) {
                receiver.accept(frame);
                printed += receiver.take().length();
            }
            long received = threads.getCurrentThreadCpuTime() - start;

            start = threads.getCurrentThreadCpuTime();
            int made = 0;
            for (int i = 0; i < 2; i++) {
                made += BaudotTransmitter.tdd().transmit(PASSAGE).length;
            }
            long transmitted = threads.getCurrentThreadCpuTime() - start;
            if (pass >= 0) {
                receive[pass] = received / 1e6 / audioSeconds;
                transmit[pass] = transmitted / 1e6 / (made / (double) RATE);
            }
        }
        if (printed != (warmUp + passes) * (PASSAGE.length() * 2 + 1)) {
            throw new IllegalStateException("the receiver misread its own audio");
        }
        Arrays.sort(receive);
        Arrays.sort(transmit);
        double rx = receive[passes / 2];
        double tx = transmit[passes / 2];
        System.out.printf(Locale.ROOT, "%nCPU per second of audio (thread CPU time, %d passes of %.0f s after %d warm-up"
                + " passes; median, min-max):%n%n", passes, audioSeconds, warmUp);
        System.out.println("| | CPU ms per s of audio | calls per core, modem only |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| receiver (20 ms frames) | %.3f (%.3f-%.3f) | %,.0f |%n", rx, receive[0],
                receive[passes - 1], 1000 / rx);
        System.out.printf(Locale.ROOT, "| transmitter | %.3f (%.3f-%.3f) | %,.0f |%n", tx, transmit[0],
                transmit[passes - 1], 1000 / tx);
        System.out.printf(Locale.ROOT, "| receiver always, transmitter always | %.3f | %,.0f |%n", rx + tx,
                1000 / (rx + tx));
    }

    // ---------------------------------------------------------------- helpers

    private static String ourReceiver(Path wav) throws IOException {
        short[] samples = read(wav);
        BaudotReceiver receiver = BaudotReceiver.tdd();
        StringBuilder text = new StringBuilder();
        for (int from = 0; from < samples.length; from += FRAME) {
            receiver.accept(Arrays.copyOfRange(samples, from, Math.min(samples.length, from + FRAME)));
            text.append(receiver.take());
        }
        receiver.accept(new short[800]);
        return text.append(receiver.take()).toString();
    }

    private static String minimodemReceiver(Path wav) throws Exception {
        return run(null, "minimodem", "--rx", "tdd", "-q", "-R", String.valueOf(RATE), "-f", wav.toString()).out()
                .replace("\r", "");
    }

    static double errorRate(String sent, String read) {
        return editDistance(sent, read) / (double) sent.length();
    }

    /** Levenshtein distance: the fewest characters inserted, deleted or replaced to turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static short[] read(Path wav) throws IOException {
        return WavFile.read(wav).toMono().toPcm16();
    }

    /** RMS as a fraction of full scale. */
    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length) / 32768;
    }

    private Path file(String name) {
        return folder.resolve(String.format(Locale.ROOT, "%04d-%s.wav", ++fileNumber, name));
    }

    private record Ran(String out, String err) {
    }

    /** Runs {@code command} with {@code input} on its standard input; fails unless it ends well. */
    private static Ran run(String input, String... command) throws Exception {
        Path errors = Files.createTempFile("tty-modem-benchmark", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            try (var in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.US_ASCII));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            boolean ended = process.waitFor(10, TimeUnit.MINUTES);
            String messages = Files.readString(errors);
            if (!ended || process.exitValue() != 0) {
                process.destroy();
                throw new IllegalStateException(String.join(" ", command) + ": " + messages);
            }
            return new Ran(output, messages);
        } finally {
            Files.delete(errors);
        }
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.2f", 100 * rate);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").trim();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "load average %.2f at the start",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options: --copies N --snr clean,30,... --levels -10,-25,-40"
                        + " --cpu-passes N --only errors|noise|cpu");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
