package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line of the audio compiler: renders an inventory, prints what it did, then checks the
 * output. Returns 0 when every sound is in place and valid, 1 when anything is wrong, 2 for a
 * mistake on the command line. Expected problems (espeak-ng missing, a bad studio recording) are
 * printed as one line each, without a stack trace.
 */
public final class CompileSounds {

    static final Path DEFAULT_OUT = Path.of("build", "sounds");
    static final Path DEFAULT_OVERRIDES = Path.of("prompts", "sounds-overrides");
    /** Enough lines to see the pattern; the rest are counted. */
    private static final int MAX_LINES = 20;

    private static final String USAGE = String.join("\n",
            "usage: CompileSounds [--texts FILE] [--out DIR] [--overrides DIR] [--threads N]",
            "  --texts FILE     data the line reads whole, one text a line: agency and office names, addresses",
            "                   (default: prompts/voice-texts.txt if it exists)",
            "  --out DIR        where the sounds go, as DIR/<language>/<name>.wav, with DIR/manifest.tsv (default: build/sounds)",
            "  --overrides DIR  studio recordings used instead of synthesis, as DIR/<language>/<name>.wav",
            "                   (default: prompts/sounds-overrides if it exists)",
            "  --threads N      sounds rendered at once (default: twice the number of processors)");

    private CompileSounds() {
    }

    /** Every sound of the shipped catalog, plus the data texts of {@code --texts}. */
    public static void main(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        Path texts = VoiceTexts.DEFAULT;
        int option = rest.indexOf("--texts");
        if (option >= 0 && option + 1 < rest.size()) {
            texts = Path.of(rest.remove(option + 1));
            rest.remove(option);
        }
        System.exit(run(SoundInventory.standard(VoiceTexts.read(texts)), rest.toArray(String[]::new)));
    }

    public static int run(SoundInventory inventory, String... args) {
        try (Voices voices = Voices.standard()) {
            return run(inventory, voices, System.out, args);
        }
    }

    static int run(SoundInventory inventory, Voices voices, PrintStream out, String... args) {
        Path output = DEFAULT_OUT;
        Path overrides = Files.isDirectory(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : null;
        int threads = defaultThreads();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> output = Path.of(valueOf(args, ++i));
                    case "--overrides" -> {
                        overrides = Path.of(valueOf(args, ++i));
                        if (!Files.isDirectory(overrides)) {
                            throw new IllegalArgumentException("no overrides folder " + overrides);
                        }
                    }
                    case "--threads" -> threads = positive(valueOf(args, ++i));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException mistake) {
            out.println("CompileSounds: " + mistake.getMessage());
            out.println(USAGE);
            return 2;
        }

        CompileReport report;
        try {
            report = new AudioCompiler(voices, threads).compile(inventory, output, overrides);
        } catch (IOException failed) {
            out.println("Could not compile sounds into " + output + ": " + failed.getMessage());
            return 1;
        }
        printReport(report, output, overrides, out);

        List<String> problems = SoundCheck.check(inventory, output);
        if (problems.isEmpty()) {
            out.printf(Locale.ROOT, "Check: all %d sounds present, 8 kHz 16-bit mono PCM, speech at %.0f dBov (pauses silent).%n",
                    inventory.sounds().stream().map(SoundId::of).distinct().count(), SpeechLevel.TARGET_DBOV);
        } else {
            out.printf(Locale.ROOT, "Check: %d problem(s):%n", problems.size());
            printCapped(problems, out);
        }
        return report.succeeded() && problems.isEmpty() ? 0 : 1;
    }

    private static void printReport(CompileReport report, Path output, Path overrides, PrintStream out) {
        out.printf(Locale.ROOT, "Compiled sounds into %s in %.1f s (overrides: %s)%n", output,
                report.took().toMillis() / 1000.0, overrides == null ? "none" : overrides);
        for (Map.Entry<Language, CompileReport.Tally> entry : report.tallies().entrySet()) {
            CompileReport.Tally tally = entry.getValue();
            out.printf(Locale.ROOT, "  %s: %d rendered, %d reused, %d removed%s%n", entry.getKey().code(),
                    tally.rendered(), tally.reused(), tally.removed(),
                    tally.failed() == 0 ? "" : ", " + tally.failed() + " FAILED");
        }
        if (!report.failures().isEmpty()) {
            out.printf(Locale.ROOT, "%d sound(s) could not be made:%n", report.failures().size());
            printCapped(groupedFailures(report.failures()), out);
        }
        for (String warning : report.warnings()) {
            out.println("warning: " + warning);
        }
    }

    /** One line for a cause shared by many sounds (espeak-ng missing makes hundreds fail alike). */
    private static List<String> groupedFailures(List<CompileReport.Failure> failures) {
        Map<String, List<CompileReport.Failure>> byCause = new LinkedHashMap<>();
        for (CompileReport.Failure failure : failures) {
            byCause.computeIfAbsent(failure.id().language().code() + ": " + failure.message(), cause -> new ArrayList<>())
                    .add(failure);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<CompileReport.Failure>> cause : byCause.entrySet()) {
            List<CompileReport.Failure> alike = cause.getValue();
            lines.add(alike.size() == 1 ? alike.get(0).toString() : alike.size() + " sounds in " + cause.getKey());
        }
        return lines;
    }

    private static void printCapped(List<String> lines, PrintStream out) {
        lines.stream().limit(MAX_LINES).forEach(line -> out.println("  " + line));
        if (lines.size() > MAX_LINES) {
            out.printf(Locale.ROOT, "  ... and %d more%n", lines.size() - MAX_LINES);
        }
    }

    /** Twice the processors: a worker spends much of its time waiting for an espeak-ng process to start and finish. */
    static int defaultThreads() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    private static String valueOf(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static int positive(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("--threads needs a whole number of at least 1: " + value);
    }
}
