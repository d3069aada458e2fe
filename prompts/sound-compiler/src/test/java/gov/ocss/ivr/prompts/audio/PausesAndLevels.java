package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.voice.CatalogVoice;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.SoundNames;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of BENCHMARKS.md, "Voice prompts: pauses and levels", measured on the real voices:
 * the speech level of every sound of the line as synthesised and as compiled, the silences at the
 * joins of sentences with values, and how fast a sum is said. From the repository root:
 * <pre>
 * mvn -B -q -pl prompts/sound-compiler test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.prompts.audio.PausesAndLevels
 * </pre>
 */
public final class PausesAndLevels {
    /** The margins synthesis was trimmed to before words got their own. */
    private static final int OLD_LEAD_MILLIS = 40;
    private static final int OLD_TRAIL_MILLIS = 80;
    private static final float OLD_THRESHOLD = 160f / 32768f;

    private PausesAndLevels() {
    }

    public static void main(String[] args) throws IOException {
        Path texts = args.length > 0 ? Path.of(args[0]) : VoiceTexts.DEFAULT;
        SoundInventory inventory = SoundInventory.standard(VoiceTexts.read(texts));
        Path out = Files.createTempDirectory("pauses-and-levels");
        try (Voices voices = Voices.standard()) {
            levels(inventory, voices, out.resolve("all"));
            gaps(voices, out.resolve("sentences"));
            sumRate(voices);
        }
        System.out.println("compiled sounds left in " + out);
    }

    /** Active speech level and plain RMS per language, as the voices speak and as the compiler writes. */
    private static void levels(SoundInventory inventory, Voices voices, Path out) throws IOException {
        Map<Language, List<double[]>> spoken = new EnumMap<>(Language.class);
        for (Sound sound : inventory.sounds()) {
            if (Pause.of(sound).isPresent()) {
                continue;
            }
            MonoAudio raw = voices.of(sound.language()).orElseThrow().speak(sound.text())
                    .trimmed(OLD_THRESHOLD, OLD_LEAD_MILLIS, OLD_TRAIL_MILLIS);
            MonoAudio phone = Resampler.resample(raw, WavFile.TELEPHONY_RATE);
            spoken.computeIfAbsent(sound.language(), l -> new ArrayList<>()).add(measure(phone));
        }
        long start = System.nanoTime();
        CompileReport report = new AudioCompiler(voices, CompileSounds.defaultThreads()).compile(inventory, out, null);
        double compileSeconds = (System.nanoTime() - start) / 1e9;
        Map<Language, List<double[]>> compiled = new EnumMap<>(Language.class);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long levellingNanos = 0;
        double seconds = 0;
        for (CompiledSound sound : SoundManifest.readFrom(out).sounds()) {
            if (sound.source() == SoundSource.SILENCE) {
                continue;
            }
            MonoAudio file = WavFile.read(sound.id().fileIn(out)).toMono();
            compiled.computeIfAbsent(sound.language(), l -> new ArrayList<>()).add(measure(file));
            // What levelling and fading cost, timed in CPU so that other work on the machine does not count.
            long before = cpu.getCurrentThreadCpuTime();
            SpeechLevel.normalised(file.withFades(5), 0.97f, 2);
            levellingNanos += cpu.getCurrentThreadCpuTime() - before;
            seconds += file.seconds();
        }
        System.out.printf(Locale.ROOT, "%n%d sounds compiled in %.1f s, %d failures; sound check: %d problems%n",
                report.rendered().size(), compileSeconds, report.failures().size(), SoundCheck.check(inventory, out).size());
        System.out.printf(Locale.ROOT, "levelling, limiting and fading them again: %.2f s of CPU for %.0f s of audio%n",
                levellingNanos / 1e9, seconds);
        System.out.println("\nlanguage  files  | as spoken: active level mean (min..max)  RMS mean (min..max)   peak max"
                + " | compiled: active level mean (min..max)  RMS mean  limited (deepest cut, dB)");
        for (Language language : Language.values()) {
            List<double[]> before = spoken.get(language);
            List<double[]> after = compiled.get(language);
            long limited = after.stream().filter(m -> m[2] > 0.96).count();
            // How far the loudest peak would have gone past the limit at the line's level.
            double deepestCut = before.stream().mapToDouble(m -> 20 * Math.log10(m[2]) + SpeechLevel.TARGET_DBOV - m[0]
                    - 20 * Math.log10(0.97)).max().orElse(0);
            System.out.printf(Locale.ROOT, "%-8s %6d  | %6.1f (%5.1f..%5.1f)  %6.1f (%5.1f..%5.1f)  %5.1f | %6.2f (%6.2f..%6.2f)  %6.1f  %d (%.1f)%n",
                    language.code(), before.size(),
                    mean(before, 0), min(before, 0), max(before, 0), mean(before, 1), min(before, 1), max(before, 1),
                    20 * Math.log10(max(before, 2)),
                    mean(after, 0), min(after, 0), max(after, 0), mean(after, 1), limited, Math.max(0, deepestCut));
        }
    }

    /** {active level dBov, RMS dBov, peak}. */
    private static double[] measure(MonoAudio audio) {
        double energy = 0;
        for (int i = 0; i < audio.length(); i++) {
            energy += audio.sample(i) * audio.sample(i);
        }
        return new double[] {SpeechLevel.of(audio), 10 * Math.log10(energy / audio.length()), audio.peak()};
    }

    /** The silence at every join of a few sentences with values, by what meets there. */
    private static void gaps(Voices voices, Path out) throws IOException {
        List<Prompt> prompts = List.of(
                Prompt.of("payment.check", PromptArg.date("date", LocalDate.of(2026, 10, 14)), PromptArg.money("amount", 23_500)),
                Prompt.of("balance.past_due", PromptArg.money("amount", 123_456)),
                Prompt.of("balance.current_due", PromptArg.money("amount", 41_275), PromptArg.date("due", LocalDate.of(2026, 12, 1))),
                Prompt.of("office.days", PromptArg.weekday("from", DayOfWeek.MONDAY), PromptArg.weekday("to", DayOfWeek.FRIDAY),
                        PromptArg.time("opens", LocalTime.of(8, 30)), PromptArg.time("closes", LocalTime.of(17, 0))),
                Prompt.of("remail.queued", PromptArg.date("arrives", LocalDate.of(2026, 12, 4))));
        Map<String, List<Double>> byKind = new TreeMap<>();
        int run = 0;
        for (Language language : Language.values()) {
            for (Prompt prompt : prompts) {
                CompiledSentence sentence = CompiledSentence.compile(prompt, language, voices, out.resolve(String.valueOf(run++)));
                System.out.printf(Locale.ROOT, "%n%s %s%n", language.code(), prompt.key());
                for (CompiledSentence.Join join : sentence.joins()) {
                    System.out.println("  " + join);
                    byKind.computeIfAbsent(kind(join), k -> new ArrayList<>()).add(join.silenceMillis());
                }
            }
        }
        System.out.println("\nsilence heard, ms (the end of a sentence without the next prompt's 40 ms lead-in)");
        System.out.println("where                                  joins  min  median  max");
        byKind.forEach((kind, millis) -> {
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "%-38s %5d %5.0f %6.0f %5.0f%n", kind, millis.size(), millis.get(0),
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        });
    }

    private static String kind(CompiledSentence.Join join) {
        if (join.pause().isEmpty()) {
            return "between two words of one value";
        }
        String pause = join.pause().get().name().toLowerCase(Locale.ROOT);
        if (join.after() == null) {
            return pause + ", end of the sentence";
        }
        return pause + (SoundNames.isWord(join.before().name()) ? ", after a value" : ", after a piece")
                + (SoundNames.isWord(join.after().name()) ? " before a value" : " before a piece");
    }

    /** Words a second of a sum said from its word files, trimmed the old way and the new. */
    private static void sumRate(Voices voices) throws IOException {
        System.out.println("\nwords a second of a sum played word file after word file (no pauses inside a value)");
        for (Language language : Language.values()) {
            for (long cents : new long[] {23_500, 123_456}) {
                Prompt prompt = Prompt.of("balance.past_due", PromptArg.money("amount", cents));
                List<Sound> words = new CatalogVoice(PromptCatalog.standard(), Clock.systemUTC()).soundsOf(prompt, language).stream()
                        .filter(sound -> SoundNames.isWord(sound.name())).toList();
                double oldSeconds = 0;
                double newSeconds = 0;
                for (Sound word : words) {
                    MonoAudio raw = voices.of(language).orElseThrow().speak(word.text());
                    oldSeconds += raw.trimmed(OLD_THRESHOLD, OLD_LEAD_MILLIS, OLD_TRAIL_MILLIS).seconds();
                    newSeconds += raw.trimmed(OLD_THRESHOLD, 10, 20).seconds();
                }
                System.out.printf(Locale.ROOT, "%s %-60s %2d words: %.1f words/s trimmed 40/80 ms, %.1f trimmed 10/20 ms%n",
                        language.code(), words.stream().map(Sound::text).reduce((a, b) -> a + " " + b).orElse(""),
                        words.size(), words.size() / oldSeconds, words.size() / newSeconds);
            }
        }
    }

    private static double mean(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(row -> row[column]).average().orElse(Double.NaN);
    }

    private static double min(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(row -> row[column]).min().orElse(Double.NaN);
    }

    private static double max(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(row -> row[column]).max().orElse(Double.NaN);
    }
}
