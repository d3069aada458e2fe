package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.spoken.DateWords;
import gov.ocss.ivr.prompts.spoken.MoneyWords;
import gov.ocss.ivr.prompts.spoken.SpokenPhrase;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How well an independent recogniser understands the English voice, for choosing among the voices
 * and rates FreeTTS offers (issue 17; results in BENCHMARKS.md, "English voice intelligibility").
 *
 * <p>For each configuration the audio compiler itself renders, into a folder of its own, the longest
 * fixed English sentences of the catalog and every word file that a table of amounts and dates needs
 * (so trimming, resampling and levels are exactly the line's). Each amount and date is then joined
 * from its word files end to end, as Asterisk plays a list of files, with the words the line's own
 * {@link MoneyWords} and {@link DateWords} choose.
 *
 * <p>Every item goes through the method of ../shared/voice-intelligibility: the 8 kHz file (what the
 * caller gets) is taken to 16 kHz by sox, given back a little of the band above 4 kHz by its
 * {@code bwe.py} (only so that pocketsphinx's 16 kHz model does not break down on phone audio; no
 * caller hears it), and transcribed by pocketsphinx's US English model: with its general language
 * model for sentences, with a grammar for amounts (the method's {@code amount.gram}) and dates
 * ({@code date.gram} beside this class). The method's Python script is run rather than redone in
 * Java so that these numbers and the method's earlier ones come from one implementation of it; the
 * scoring is in Java ({@link Transcripts}) because the bootstrap needs it here anyway.
 *
 * <p>Prints, per configuration, the word error rate of the sentences, how many amounts and dates came
 * back exactly, and a paired bootstrap 95% interval of each configuration's difference from the
 * compiler's current English voice. From the repository root (needs
 * {@code apt-get install -y pocketsphinx pocketsphinx-en-us sox python3-numpy}):
 * <pre>
 * mvn -B -q -pl prompts/sound-compiler test-compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.prompts.audio.IntelligibilityBenchmark [-Dexec.args="--help"]
 * </pre>
 * (The plugin is named in full because Maven resolves the {@code exec:} prefix only online.) It takes
 * about 25 minutes on two cores, nearly all of it pocketsphinx transcribing the sentences.
 */
public final class IntelligibilityBenchmark {

    private static final String USAGE = String.join("\n",
            "usage: IntelligibilityBenchmark [--voices V@RATE,...] [--prompts N] [--method DIR] [--model DIR]",
            "                                [--work DIR] [--threads N] [--python CMD]",
            "  --voices   FreeTTS voices and rates in words per minute (default: " + String.join(",", defaultVoices()) + ")",
            "  --prompts  how many of the longest fixed English sentences (default: 40)",
            "  --method   the shared method's folder, with bwe.py and amount.gram (default: ../shared/voice-intelligibility)",
            "  --model    pocketsphinx's US English model (default: /usr/share/pocketsphinx/model/en-us)",
            "  --work     keep the rendered sounds, the recogniser's input and transcripts.tsv there (default: a temporary folder, deleted)",
            "  --threads  recognitions at once (default: the number of processors)",
            "  --python   a Python 3 with numpy for bwe.py (default: python3)");

    /** The year "now" for the dates: a fixed clock, so which dates are said with their year never changes. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

    /** Amounts in cents: each size of number, dollars alone, cents alone, one dollar and one cent, teens and tens. */
    private static final long[] AMOUNTS = {
        250_492, 100, 5, 1_500, 31_250, 4_705, 100_000, 8_999, 25_000, 1_234_567,
        719, 60_001, 9_540, 199_999, 3_333, 41_000, 1_875, 200_000, 6_812, 15_006};

    /** Dates: this year's without the year, others with it, some with the weekday, every kind of ordinal. */
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2026, 3, 3), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 4, 22),
            LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 8), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 9, 17), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 24),
            LocalDate.of(2025, 12, 5), LocalDate.of(2024, 2, 29), LocalDate.of(2027, 1, 15), LocalDate.of(2025, 6, 9),
            LocalDate.of(2019, 10, 11), LocalDate.of(2005, 4, 1), LocalDate.of(1998, 9, 23), LocalDate.of(2030, 7, 4));
    /** Which of the dates are said with their weekday ("Monday March third"), as the office-day prompts do. */
    private static final int WEEKDAY_EVERY = 4;

    private static final int BOOTSTRAP_RESAMPLES = 10_000;
    private static final long SEED = 17;
    private static final long RECOGNITION_TIMEOUT_SECONDS = 300;
    private static final int SILENCE_AROUND_MILLIS = 500;

    private IntelligibilityBenchmark() {
    }

    enum Kind {
        PROMPT("prompt"), AMOUNT("amount"), DATE("date");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Something the line says: the sound files played one after another, and the words they say. */
    record Item(Kind kind, String id, String reference, List<Sound> sounds) {
    }

    /** A FreeTTS voice at a rate, written {@code kevin16@135}. */
    record Setting(String voice, float wordsPerMinute) {
        static Setting parse(String text) {
            String[] parts = text.strip().split("@");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a voice is written VOICE@RATE, e.g. kevin16@135: " + text);
            }
            return new Setting(parts[0], Float.parseFloat(parts[1]));
        }

        boolean isCompilerDefault() {
            return voice.equals(FreeTtsVoice.DEFAULT_VOICE) && wordsPerMinute == FreeTtsVoice.DEFAULT_WORDS_PER_MINUTE;
        }

        String label() {
            return voice + "@" + Math.round(wordsPerMinute);
        }
    }

    record Heard(Item item, String hypothesis, Transcripts.Errors errors, double seconds) {
        boolean exact() {
            return errors.total() == 0;
        }
    }

    record Outcome(Setting setting, List<Heard> heard, double renderSeconds) {
        List<Heard> of(Kind kind) {
            return heard.stream().filter(h -> h.item().kind() == kind).toList();
        }

        double promptsWer() {
            List<Heard> prompts = of(Kind.PROMPT);
            return prompts.stream().mapToInt(h -> h.errors().total()).sum()
                    / (double) prompts.stream().mapToInt(h -> h.errors().referenceWords()).sum();
        }

        double meanPromptWer() {
            return of(Kind.PROMPT).stream().mapToDouble(h -> h.errors().rate()).average().orElse(0);
        }

        long exact(Kind kind) {
            return of(kind).stream().filter(Heard::exact).count();
        }

        double wordsPerSecond(Kind kind) {
            List<Heard> items = of(kind);
            return items.stream().mapToInt(h -> h.errors().referenceWords()).sum()
                    / items.stream().mapToDouble(Heard::seconds).sum();
        }
    }

    private record Options(List<Setting> settings, int prompts, Path method, Path model, Path work, int threads,
            String python) {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        List<String> missing = missingTools(options);
        if (!missing.isEmpty()) {
            missing.forEach(System.err::println);
            System.exit(1);
        }
        boolean temporary = options.work() == null;
        Path work = temporary ? Files.createTempDirectory("intelligibility") : Files.createDirectories(options.work());
        try {
            run(options, work);
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    private static void run(Options options, Path work) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.copy(options.method().resolve("amount.gram"), work.resolve("amount.gram"), StandardCopyOption.REPLACE_EXISTING);
        try (InputStream date = IntelligibilityBenchmark.class.getResourceAsStream("date.gram")) {
            Files.copy(Objects.requireNonNull(date, "date.gram beside this class"), work.resolve("date.gram"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<Item> items = items(options.prompts());
        SoundInventory needed = neededSounds(items);
        System.out.printf(Locale.ROOT, "%d sentences (%d words), %d amounts, %d dates; %d sound files a voice; %d processors; %s%n",
                count(items, Kind.PROMPT), items.stream().filter(i -> i.kind() == Kind.PROMPT)
                        .mapToInt(i -> Transcripts.normalise(i.reference()).size()).sum(),
                count(items, Kind.AMOUNT), count(items, Kind.DATE), needed.sounds().size(),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.println(mbrolaNote());

        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            for (Setting setting : options.settings()) {
                Outcome outcome = measure(setting, items, needed, options, work, pool);
                outcomes.add(outcome);
                System.out.printf(Locale.ROOT, "  %-10s prompts WER %5.1f%%, amounts %d/%d, dates %d/%d (rendered in %.1f s)%n",
                        setting.label(), 100 * outcome.promptsWer(), outcome.exact(Kind.AMOUNT), count(items, Kind.AMOUNT),
                        outcome.exact(Kind.DATE), count(items, Kind.DATE), outcome.renderSeconds());
            }
        } finally {
            pool.shutdownNow();
        }
        writeTranscripts(outcomes, work.resolve("transcripts.tsv"));
        report(outcomes, items);
        System.out.printf(Locale.ROOT, "%nTook %.1f minutes.%n", (System.nanoTime() - start) / 60e9);
    }

    // ---------------------------------------------------------------- what is said

    private static List<Item> items(int promptCount) {
        List<Sound> english = SoundInventory.standard(List.of()).sounds().stream()
                .filter(sound -> sound.language() == Language.ENGLISH)
                .toList();
        // The fixed pieces of the catalog's sentences; values are spoken from the word files below.
        List<Item> items = new ArrayList<>(english.stream()
                .filter(sound -> !sound.name().startsWith("ocss/words/") && !sound.name().startsWith("ocss/texts/"))
                .sorted(Comparator.comparingInt((Sound sound) -> Transcripts.normalise(sound.text()).size()).reversed()
                        .thenComparing(Sound::name))
                .limit(promptCount)
                .map(sound -> new Item(Kind.PROMPT, sound.name(), sound.text(), List.of(sound)))
                .toList());

        Map<String, Sound> words = english.stream()
                .filter(sound -> sound.name().startsWith("ocss/words/"))
                .collect(Collectors.toMap(Sound::text, sound -> sound, (first, second) -> first));
        MoneyWords money = MoneyWords.of(Language.ENGLISH);
        for (long cents : AMOUNTS) {
            items.add(joined(Kind.AMOUNT, String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100),
                    money.amount(cents), words));
        }
        DateWords dates = new DateWords(Language.ENGLISH, NOW);
        for (int i = 0; i < DATES.size(); i++) {
            LocalDate date = DATES.get(i);
            boolean withWeekday = i % WEEKDAY_EVERY == WEEKDAY_EVERY - 1;
            items.add(joined(Kind.DATE, date + (withWeekday ? "+weekday" : ""),
                    withWeekday ? dates.dateWithWeekday(date) : dates.date(date), words));
        }
        return items;
    }

    private static Item joined(Kind kind, String id, SpokenPhrase phrase, Map<String, Sound> words) {
        List<Sound> sounds = phrase.spokenWords().stream()
                .map(word -> Objects.requireNonNull(words.get(word), () -> "no word file for \"" + word + "\""))
                .toList();
        return new Item(kind, id, String.join(" ", phrase.spokenWords()), sounds);
    }

    private static SoundInventory neededSounds(List<Item> items) {
        Map<String, Sound> distinct = new LinkedHashMap<>();
        items.forEach(item -> item.sounds().forEach(sound -> distinct.putIfAbsent(sound.name(), sound)));
        List<Sound> sounds = List.copyOf(distinct.values());
        return () -> sounds;
    }

    private static long count(List<Item> items, Kind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }

    // ---------------------------------------------------------------- rendering and recognising

    private static Outcome measure(Setting setting, List<Item> items, SoundInventory needed, Options options,
            Path work, ExecutorService pool) throws IOException, InterruptedException {
        Path folder = work.resolve(setting.label());
        Path sounds = folder.resolve("sounds");
        CompileReport report;
        try (Voices voices = new Voices(Map.of(Language.ENGLISH, new FreeTtsVoice(setting.voice(), setting.wordsPerMinute())))) {
            // One thread: FreeTTS speaks one sentence at a time anyway, and the recogniser waits for it.
            report = new AudioCompiler(voices, 1).compile(needed, sounds, null);
        }
        if (!report.failures().isEmpty()) {
            throw new IOException(setting.label() + " could not render: " + report.failures());
        }
        Path heardFolder = Files.createDirectories(folder.resolve("heard"));
        List<Future<Heard>> futures = new ArrayList<>();
        for (Item item : items) {
            MonoAudio line = joinedAudio(item, sounds);
            Path phone = heardFolder.resolve(item.kind().label + "-" + item.id().replaceAll("[^A-Za-z0-9.+-]+", "_") + ".wav");
            Files.write(phone, WavFile.encode(line));
            double spoken = line.seconds() - 2 * SILENCE_AROUND_MILLIS / 1000.0;
            futures.add(pool.submit(() -> {
                String hypothesis = recognise(phone, item.kind(), options, work);
                return new Heard(item, hypothesis, Transcripts.score(item.reference(), hypothesis), spoken);
            }));
        }
        List<Heard> heard = new ArrayList<>();
        for (Future<Heard> future : futures) {
            try {
                heard.add(future.get());
            } catch (ExecutionException failed) {
                throw new IOException("recognising failed for " + setting.label() + ": " + failed.getCause().getMessage(),
                        failed.getCause());
            }
        }
        return new Outcome(setting, heard, report.took().toMillis() / 1000.0);
    }

    /**
     * The item's files end to end, at the phone's rate, as Asterisk plays {@code file1&file2&...}, with
     * {@value #SILENCE_AROUND_MILLIS} ms of silence either side, as around a prompt on a call. Without it
     * pocketsphinx's grammar search finds no utterance end after the last word of a short amount ("fifteen
     * dollars", "one thousand dollars") and returns nothing: 4 of 20 amounts in a first run.
     */
    private static MonoAudio joinedAudio(Item item, Path sounds) throws IOException {
        List<MonoAudio> parts = new ArrayList<>();
        for (Sound sound : item.sounds()) {
            parts.add(WavFile.read(SoundId.of(sound).fileIn(sounds)).toMono());
        }
        int silence = SILENCE_AROUND_MILLIS * WavFile.TELEPHONY_RATE / 1000;
        float[] joined = new float[silence + parts.stream().mapToInt(MonoAudio::length).sum() + silence];
        int at = silence;
        for (MonoAudio part : parts) {
            for (int i = 0; i < part.length(); i++) {
                joined[at++] = part.sample(i);
            }
        }
        return new MonoAudio(joined, WavFile.TELEPHONY_RATE);
    }

    /** The method's chain for one 8 kHz file; the recogniser's words, all utterances on one line. */
    private static String recognise(Path phone, Kind kind, Options options, Path work) throws IOException, InterruptedException {
        String base = phone.getFileName().toString().replaceFirst("\\.wav$", "");
        Path up = phone.resolveSibling(base + ".16k.wav");
        Path extended = phone.resolveSibling(base + ".rec.wav");
        // -R: sox dithers the 16-bit output with random noise seeded from the clock; the recogniser's choices
        // shift with even that (two runs without it differed by 0.5 to 0.8 points of WER), so it is seeded fixed.
        run(List.of("sox", "-R", phone.toString(), "-r", "16000", "-c", "1", "-b", "16", up.toString()));
        run(List.of(options.python(), options.method().resolve("bwe.py").toString(), up.toString(), extended.toString(),
                "2500", "-3", "0.01"));
        Path model = options.model();
        List<String> command = new ArrayList<>(List.of("pocketsphinx_continuous",
                "-hmm", model.resolve("en-us").toString(),
                "-dict", model.resolve("cmudict-en-us.dict").toString()));
        switch (kind) {
            case PROMPT -> command.addAll(List.of("-lm", model.resolve("en-us.lm.bin").toString()));
            case AMOUNT -> command.addAll(List.of("-jsgf", work.resolve("amount.gram").toString()));
            case DATE -> command.addAll(List.of("-jsgf", work.resolve("date.gram").toString()));
        }
        command.addAll(List.of("-logfn", "/dev/null", "-infile", extended.toString()));
        String output = run(command);
        return output.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Runs a command; its standard output, or an exception with its error output when it fails. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // The error output is read on another thread, so that neither pipe can fill up and stall the program.
        Future<String> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String output = readAll(process.getInputStream());
        if (!process.waitFor(RECOGNITION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish in " + RECOGNITION_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            String message;
            try {
                message = error.get();
            } catch (ExecutionException e) {
                message = "";
            }
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + message.strip());
        }
        return output;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------- the report

    private static void report(List<Outcome> outcomes, List<Item> items) {
        Outcome current = outcomes.stream().filter(o -> o.setting().isCompilerDefault()).findFirst().orElseThrow();
        Outcome best = outcomes.stream().min(Comparator.comparingDouble(Outcome::promptsWer)).orElseThrow();
        System.out.println();
        System.out.println("Word error rate of the sentences (all errors / all reference words; the mean of the per-sentence"
                + " rates beside it); amounts and dates heard exactly; difference from the compiler's current voice ("
                + current.setting().label() + ") with a paired bootstrap 95% interval over the sentences ("
                + BOOTSTRAP_RESAMPLES + " resamples), and over the " + (count(items, Kind.AMOUNT) + count(items, Kind.DATE))
                + " amounts and dates for those.");
        System.out.println();
        System.out.println("| voice | rate (wpm) | prompts WER | mean per prompt | vs current, points (95% CI) | amounts right"
                + " | dates right | amounts+dates vs current (95% CI) | prompt words/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Outcome outcome : outcomes) {
            String versus = outcome == current ? "(current)" : interval(werDifference(outcome, current));
            String valuesVersus = outcome == current ? "(current)" : interval(exactDifference(outcome, current));
            System.out.printf(Locale.ROOT, "| %s%s | %d | %.1f%% | %.1f%% | %s | %d of %d | %d of %d | %s | %.2f |%n",
                    outcome.setting().voice(), outcome == best ? " (best)" : "", Math.round(outcome.setting().wordsPerMinute()),
                    100 * outcome.promptsWer(), 100 * outcome.meanPromptWer(), versus,
                    outcome.exact(Kind.AMOUNT), count(items, Kind.AMOUNT), outcome.exact(Kind.DATE), count(items, Kind.DATE),
                    valuesVersus, outcome.wordsPerSecond(Kind.PROMPT));
        }
        System.out.println();
        if (best == current) {
            System.out.println("The current voice " + current.setting().label() + " is the best measured: keep it.");
        } else {
            double[] difference = werDifference(best, current);
            boolean clear = difference[2] < 0;
            System.out.printf(Locale.ROOT, "Best: %s, prompts WER %s points against %s: %s%n",
                    best.setting().label(), interval(difference), current.setting().label(),
                    clear ? "the interval excludes zero" : "the interval includes zero, so the current voice stays");
        }
    }

    /**
     * The difference in pooled sentence WER, {@code a - b}: the measured one, then the interval's ends.
     * Each comparison draws its own resamples from the same seed, so an interval does not depend on
     * which comparisons were printed before it.
     */
    private static double[] werDifference(Outcome a, Outcome b) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Heard> first = a.of(Kind.PROMPT);
        List<Heard> second = b.of(Kind.PROMPT);
        int n = first.size();
        int[] errorsA = first.stream().mapToInt(h -> h.errors().total()).toArray();
        int[] errorsB = second.stream().mapToInt(h -> h.errors().total()).toArray();
        int[] words = first.stream().mapToInt(h -> h.errors().referenceWords()).toArray();
        double measured = (Arrays.stream(errorsA).sum() - Arrays.stream(errorsB).sum()) / (double) Arrays.stream(words).sum();
        double[] resampled = new double[BOOTSTRAP_RESAMPLES];
        for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
            long difference = 0;
            long total = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                difference += errorsA[i] - errorsB[i];
                total += words[i];
            }
            resampled[r] = difference / (double) total;
        }
        return withInterval(measured, resampled);
    }

    /** The difference in the share of amounts and dates heard exactly, {@code a - b}, with its interval. */
    private static double[] exactDifference(Outcome a, Outcome b) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Heard> first = Stream.concat(a.of(Kind.AMOUNT).stream(), a.of(Kind.DATE).stream()).toList();
        List<Heard> second = Stream.concat(b.of(Kind.AMOUNT).stream(), b.of(Kind.DATE).stream()).toList();
        int n = first.size();
        int[] gain = new int[n];
        for (int i = 0; i < n; i++) {
            gain[i] = (first.get(i).exact() ? 1 : 0) - (second.get(i).exact() ? 1 : 0);
        }
        double measured = Arrays.stream(gain).sum() / (double) n;
        double[] resampled = new double[BOOTSTRAP_RESAMPLES];
        for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
            long sum = 0;
            for (int k = 0; k < n; k++) {
                sum += gain[random.nextInt(n)];
            }
            resampled[r] = sum / (double) n;
        }
        return withInterval(measured, resampled);
    }

    private static double[] withInterval(double measured, double[] resampled) {
        Arrays.sort(resampled);
        return new double[] {measured, resampled[(int) (0.025 * resampled.length)],
            resampled[(int) Math.ceil(0.975 * resampled.length) - 1]};
    }

    private static String interval(double[] difference) {
        return String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)", 100 * difference[0], 100 * difference[1], 100 * difference[2]);
    }

    private static void writeTranscripts(List<Outcome> outcomes, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("voice\tkind\tid\terrors\treference_words\tseconds\treference\theard");
        for (Outcome outcome : outcomes) {
            for (Heard heard : outcome.heard()) {
                lines.add(String.join("\t", outcome.setting().label(), heard.item().kind().label, heard.item().id(),
                        Integer.toString(heard.errors().total()), Integer.toString(heard.errors().referenceWords()),
                        String.format(Locale.ROOT, "%.2f", heard.seconds()), heard.item().reference(), heard.hypothesis()));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- set-up

    private static List<String> defaultVoices() {
        return List.of("kevin@150", "kevin16@150", "kevin16@135", "kevin16@120");
    }

    /** The options, or null for {@code --help}. */
    private static Options parse(String[] args) {
        List<Setting> settings = defaultVoices().stream().map(Setting::parse).toList();
        int prompts = 40;
        Path method = Path.of("..", "shared", "voice-intelligibility");
        Path model = Path.of("/usr/share/pocketsphinx/model/en-us");
        Path work = null;
        int threads = Runtime.getRuntime().availableProcessors();
        String python = "python3";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--voices" -> settings = Arrays.stream(required(args[i], value).split(",")).map(Setting::parse).toList();
                case "--prompts" -> prompts = positive(args[i], value);
                case "--method" -> method = Path.of(required(args[i], value));
                case "--model" -> model = Path.of(required(args[i], value));
                case "--work" -> work = Path.of(required(args[i], value));
                case "--threads" -> threads = positive(args[i], value);
                case "--python" -> python = required(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        List<Setting> withCurrent = new ArrayList<>(settings);
        // Every run is compared with what the compiler speaks today, so it is always measured.
        if (withCurrent.stream().noneMatch(Setting::isCompilerDefault)) {
            withCurrent.add(0, new Setting(FreeTtsVoice.DEFAULT_VOICE, FreeTtsVoice.DEFAULT_WORDS_PER_MINUTE));
        }
        for (Setting setting : withCurrent) {
            new FreeTtsVoice(setting.voice(), setting.wordsPerMinute()); // refuses an unknown voice or rate now, not later
        }
        return new Options(List.copyOf(withCurrent), prompts, method, model, work, threads, python);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(required(option, value));
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1: " + n);
        }
        return n;
    }

    private static List<String> missingTools(Options options) {
        List<String> missing = new ArrayList<>();
        for (String program : List.of("sox", "pocketsphinx_continuous")) {
            if (!onPath(program)) {
                missing.add(program + " is missing: apt-get install -y pocketsphinx pocketsphinx-en-us sox");
            }
        }
        if (!Files.isRegularFile(options.model().resolve("en-us.lm.bin"))) {
            missing.add("no pocketsphinx English model in " + options.model() + ": apt-get install -y pocketsphinx-en-us");
        }
        for (String file : List.of("bwe.py", "amount.gram")) {
            if (!Files.isRegularFile(options.method().resolve(file))) {
                missing.add("no " + file + " in " + options.method().toAbsolutePath().normalize()
                        + " (the shared method's folder; give it with --method)");
            }
        }
        try {
            run(List.of(options.python(), "-c", "import numpy"));
        } catch (IOException | InterruptedException noNumpy) {
            missing.add(options.python() + " cannot import numpy, which bwe.py needs: apt-get install -y python3-numpy");
        }
        return missing;
    }

    /**
     * FreeTTS can drive MBROLA voices (its MbrolaVoiceDirectory, given {@code -Dmbrola.base}), but Debian 12
     * ships the mbrola program in contrib and the us1-us3 voices in non-free, so a machine with only main has
     * neither; this says which is the case rather than measuring nothing silently.
     */
    private static String mbrolaNote() {
        String base = System.getProperty("mbrola.base", "/usr/share/mbrola");
        boolean program = onPath("mbrola");
        boolean voices = Stream.of("us1", "us2", "us3").anyMatch(voice -> Files.isDirectory(Path.of(base, voice)));
        if (!program || !voices) {
            return "MBROLA: not measured (" + (program ? "" : "no mbrola program on PATH; ")
                    + (voices ? "" : "no us1-us3 voices in " + base + "; ") + "Debian 12 has the program in contrib, the voices in non-free)";
        }
        return "MBROLA: the program and voices are installed, but this benchmark does not drive FreeTTS's MBROLA voices yet";
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
