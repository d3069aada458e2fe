package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the audio compiler on {@link SyntheticSounds} (3 languages x 350 sounds) in a throw-away
 * folder: a full compile, a compile with nothing changed, one with 10 sentences per language
 * reworded, and the check. From the repository root:
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl prompts/sound-compiler test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.prompts.audio.AudioCompilerBenchmark [-Dexec.args=THREADS]
 * </pre>
 */
public final class AudioCompilerBenchmark {
    private AudioCompilerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : CompileSounds.defaultThreads();
        SyntheticSounds inventory = SyntheticSounds.inventory();
        Path out = Files.createTempDirectory("sounds-benchmark");
        try (Voices voices = Voices.standard()) {
            AudioCompiler compiler = new AudioCompiler(voices, threads);
            System.out.printf(Locale.ROOT, "%d sounds, %d threads, %d processors%n", inventory.sounds().size(),
                    threads, Runtime.getRuntime().availableProcessors());
            time("full compile", compiler, inventory, out);
            time("no-change compile", compiler, inventory, out);
            time("10 sentences a language reworded", compiler, inventory.withSentencesReworded(10), out);

            long start = System.nanoTime();
            List<String> problems = SoundCheck.check(inventory.withSentencesReworded(10), out);
            System.out.printf(Locale.ROOT, "%-34s %6.2f s, %d problems%n", "check", (System.nanoTime() - start) / 1e9,
                    problems.size());
            problems.stream().limit(10).forEach(problem -> System.out.println("  " + problem));
            printAudioTotals(out);
        } finally {
            deleteTree(out);
        }
    }

    private static void time(String what, AudioCompiler compiler, SoundInventory inventory, Path out) throws IOException {
        CompileReport report = compiler.compile(inventory, out, null);
        System.out.printf(Locale.ROOT, "%-34s %6.2f s: %d rendered, %d reused, %d failed%n", what,
                report.took().toMillis() / 1000.0, report.rendered().size(), report.reused().size(), report.failures().size());
        report.failures().stream().limit(5).forEach(failure -> System.out.println("  " + failure));
    }

    private static void printAudioTotals(Path out) throws IOException {
        SoundManifest manifest = SoundManifest.readFrom(out);
        for (SoundSource source : SoundSource.values()) {
            double seconds = manifest.sounds().stream().filter(sound -> sound.source() == source)
                    .mapToDouble(CompiledSound::seconds).sum();
            long count = manifest.sounds().stream().filter(sound -> sound.source() == source).count();
            if (count > 0) {
                System.out.printf(Locale.ROOT, "%-10s %4d files, %7.1f s of audio%n", source.label(), count, seconds);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
