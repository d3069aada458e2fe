package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.SoundNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Renders every sound of an inventory into Asterisk's layout, {@code <out>/<language code>/<name>.wav}
 * (8 kHz, 16-bit, mono, plain PCM), and records each file in {@link SoundManifest}. Every file but a
 * pause is brought to one active speech level ({@link SpeechLevel#TARGET_DBOV}) with its loudest peaks
 * limited, so a caller hears no jump in volume between the pieces, words and languages of a sentence,
 * and fades in and out over a few milliseconds, so the joins do not click. Studio recordings are
 * levelled too: they are played between synthesised words, and a gain changes only their loudness.
 * A {@link Pause} is written as digital silence of its length.
 *
 * <p>Incremental: a sound is rendered again only when what it is made from changed (its text, its
 * voice's settings, its studio recording, or the output format), or its file is missing or was
 * changed on disk; files of sounds that left the inventory are deleted. Only files the manifest
 * lists are ever deleted, so pointing the output at a folder holding other sounds is safe.
 */
public final class AudioCompiler {

    /**
     * Quiet kept before and after synthesised speech; studio recordings keep the pauses the studio gave
     * them. Between the files of a sentence the pauses ({@link Pause}) give the rhythm, so a file keeps
     * only a little: a fixed piece or a text 40 ms at each end, room for a soft first or last sound the
     * threshold misses (it kept 80 ms at its end when there were no pauses, to end a sentence). A word
     * of a value sits between other words of the same value ("two" "hundred" "thirty"): with 40/80 ms
     * on each, a sum was said at 1.9 words a second against 3.1 in whole sentences (measured with a
     * recogniser), so a word keeps 10 ms before and 20 ms after, enough for its fades.
     */
    private static final int LEAD_MILLIS = 40;
    private static final int TRAIL_MILLIS = 40;
    private static final int WORD_LEAD_MILLIS = 10;
    private static final int WORD_TRAIL_MILLIS = 20;
    /** About -46 dBFS: below any speech sound, above a synthesiser's noise floor. */
    private static final float SPEECH_THRESHOLD = 160f / 32768f;
    private static final float PEAK_LIMIT = 0.97f;
    /** How gradually the peak limiter turns a peak down: over 2 ms either side, too short to hear as a dip. */
    private static final int LIMITER_RAMP_MILLIS = 2;
    /** Fade at both ends of every file: inside the quiet a synthesised word keeps, long enough to stop a click. */
    private static final int FADE_MILLIS = 5;

    /** Part of every staleness key: changing the output format or the processing re-renders everything. */
    static final String OUTPUT_FORMAT = "wav pcm " + WavFile.TELEPHONY_RATE + " Hz 16-bit mono; " + Resampler.DESCRIPTION
            + "; synthesis trimmed to " + LEAD_MILLIS + "/" + TRAIL_MILLIS + " ms, words to " + WORD_LEAD_MILLIS + "/"
            + WORD_TRAIL_MILLIS + " ms, above " + SPEECH_THRESHOLD
            + "; active speech level " + SpeechLevel.TARGET_DBOV + " dBov (P.56 method B)"
            + "; peaks limited to " + PEAK_LIMIT + " over " + LIMITER_RAMP_MILLIS + " ms"
            + "; raised-cosine fades " + FADE_MILLIS + " ms; pauses of digital silence";

    private final Voices voices;
    private final int threads;

    /** @param threads how many sounds are rendered at once (espeak-ng runs as one process per sound) */
    public AudioCompiler(Voices voices, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.voices = voices;
        this.threads = threads;
    }

    /** What a sound's file is made from; {@code override} is null when it is synthesised. */
    private record Recipe(Sound sound, SoundSource source, Voice voice, String voiceSettings, Path override,
            String overrideSha256, String inputKey) {
        SoundId id() {
            return SoundId.of(sound);
        }
    }

    /** @param overrides folder of studio recordings, or null for none */
    public CompileReport compile(SoundInventory inventory, Path out, Path overrides) throws IOException {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<CompileReport.Failure> failures = new ArrayList<>();
        SoundManifest previous = previousManifest(out, warnings);
        Map<SoundId, Sound> wanted = distinctSounds(inventory, failures);
        OverrideFolder overrideFolder = new OverrideFolder(overrides);

        List<CompiledSound> compiled = new ArrayList<>();
        List<SoundId> reused = new ArrayList<>();
        List<Recipe> toRender = new ArrayList<>();
        for (Sound sound : wanted.values()) {
            SoundId id = SoundId.of(sound);
            try {
                Recipe recipe = recipeFor(sound, overrideFolder);
                Optional<CompiledSound> earlier = previous.find(id).filter(old -> stillGood(old, recipe, out));
                if (earlier.isPresent()) {
                    compiled.add(earlier.get());
                    reused.add(id);
                } else {
                    toRender.add(recipe);
                }
            } catch (IOException cannotPlan) {
                failures.add(new CompileReport.Failure(id, cannotPlan.getMessage()));
            }
        }

        List<SoundId> rendered = new ArrayList<>();
        for (RenderResult result : renderAll(toRender, out)) {
            if (result.sound != null) {
                compiled.add(result.sound);
                rendered.add(result.sound.id());
            } else {
                failures.add(result.failure);
            }
        }
        // A sound that failed keeps its earlier file and row, if it had one: the last good audio beats none.
        Set<SoundId> done = compiled.stream().map(CompiledSound::id).collect(Collectors.toSet());
        for (CompileReport.Failure failure : failures) {
            previous.find(failure.id()).filter(old -> !done.contains(old.id())).ifPresent(compiled::add);
        }

        List<SoundId> removed = removeLeftovers(previous, wanted.keySet(), out);
        new SoundManifest(compiled).writeTo(out);
        for (String unused : overrideFolder.unused(wanted.keySet())) {
            warnings.add("override " + overrides.resolve(unused) + " is not used: no sound of the inventory has that language and name");
        }
        return new CompileReport(rendered, reused, removed, failures, warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Deletes the files of sounds the last compile made that the inventory no longer has. */
    private static List<SoundId> removeLeftovers(SoundManifest previous, Set<SoundId> wanted, Path out) throws IOException {
        List<SoundId> removed = new ArrayList<>();
        for (CompiledSound old : previous.sounds()) {
            if (!wanted.contains(old.id())) {
                delete(old.id(), out);
                removed.add(old.id());
            }
        }
        return removed;
    }

    private static SoundManifest previousManifest(Path out, List<String> warnings) {
        try {
            return SoundManifest.readFrom(out);
        } catch (IOException unreadable) {
            warnings.add("the old manifest could not be read, so every sound is rendered again (" + unreadable.getMessage() + ")");
            return SoundManifest.empty();
        }
    }

    /** The inventory by file; the same name twice in a language with different words cannot both be right. */
    private static Map<SoundId, Sound> distinctSounds(SoundInventory inventory, List<CompileReport.Failure> failures) {
        Map<SoundId, Sound> wanted = new LinkedHashMap<>();
        for (Sound sound : inventory.sounds()) {
            Sound first = wanted.putIfAbsent(SoundId.of(sound), sound);
            if (first != null && !first.text().equals(sound.text())) {
                failures.add(new CompileReport.Failure(SoundId.of(sound),
                        "listed twice in the inventory with different words: \"" + first.text() + "\" and \"" + sound.text() + "\""));
            }
        }
        return wanted;
    }

    private Recipe recipeFor(Sound sound, OverrideFolder overrideFolder) throws IOException {
        SoundId id = SoundId.of(sound);
        String code = sound.language().code();
        Optional<Pause> pause = Pause.of(sound);
        if (pause.isPresent()) {
            String silence = "silence " + pause.get().length().toMillis() + " ms";
            String key = Checksums.sha256(OUTPUT_FORMAT, code, silence, CompiledSound.NONE, sound.text());
            return new Recipe(sound, SoundSource.SILENCE, null, silence, null, CompiledSound.NONE, key);
        }
        Optional<Path> override = overrideFolder.recordingFor(id);
        if (override.isPresent()) {
            String overrideSha256 = Checksums.sha256(Files.readAllBytes(override.get()));
            String key = Checksums.sha256(OUTPUT_FORMAT, code, SoundSource.OVERRIDE.label(), overrideSha256, sound.text());
            return new Recipe(sound, SoundSource.OVERRIDE, null, CompiledSound.NONE, override.get(), overrideSha256, key);
        }
        if (sound.text().isBlank()) {
            throw new SynthesisException("no words to speak and no studio recording");
        }
        Voice voice = voices.of(sound.language())
                .orElseThrow(() -> new VoiceUnavailableException("no voice speaks " + sound.language()));
        String settings = voice.settings();
        String key = Checksums.sha256(OUTPUT_FORMAT, code, settings, CompiledSound.NONE, sound.text());
        return new Recipe(sound, voice.source(), voice, settings, null, CompiledSound.NONE, key);
    }

    /** Made from the same inputs, and the file on disk is the one that was written (a cheap read: ~50 KB a sound). */
    private static boolean stillGood(CompiledSound old, Recipe recipe, Path out) {
        Path file = old.id().fileIn(out);
        try {
            return old.inputKey().equals(recipe.inputKey())
                    && Files.isRegularFile(file)
                    && Checksums.sha256(Files.readAllBytes(file)).equals(old.sha256());
        } catch (IOException unreadable) {
            return false;
        }
    }

    private record RenderResult(CompiledSound sound, CompileReport.Failure failure) {
    }

    private List<RenderResult> renderAll(List<Recipe> recipes, Path out) throws IOException {
        if (recipes.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sound-renderer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RenderResult>> futures = new ArrayList<>();
            for (Recipe recipe : interleaved(recipes)) {
                futures.add(pool.submit(() -> render(recipe, out)));
            }
            List<RenderResult> results = new ArrayList<>();
            for (Future<RenderResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering sounds");
        } catch (ExecutionException bug) {
            throw new IllegalStateException("rendering a sound failed unexpectedly", bug.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Languages taken in turn, so the English sounds (one FreeTTS voice, one sentence at a time) are
     * spread between the espeak-ng ones instead of keeping every worker waiting on FreeTTS.
     */
    private static List<Recipe> interleaved(List<Recipe> recipes) {
        Map<Language, Queue<Recipe>> byLanguage = new EnumMap<>(Language.class);
        for (Recipe recipe : recipes) {
            byLanguage.computeIfAbsent(recipe.sound().language(), language -> new ArrayDeque<>()).add(recipe);
        }
        List<Recipe> order = new ArrayList<>(recipes.size());
        while (order.size() < recipes.size()) {
            for (Queue<Recipe> queue : byLanguage.values()) {
                if (!queue.isEmpty()) {
                    order.add(queue.remove());
                }
            }
        }
        return order;
    }

    private static RenderResult render(Recipe recipe, Path out) {
        SoundId id = recipe.id();
        try {
            MonoAudio phone = recipe.source() == SoundSource.SILENCE
                    ? MonoAudio.silence((int) Pause.of(recipe.sound()).orElseThrow().length().toMillis(), WavFile.TELEPHONY_RATE)
                    : speech(recipe);
            byte[] wav = WavFile.encode(phone);
            writeAtomically(id.fileIn(out), wav);
            return new RenderResult(new CompiledSound(id, recipe.source(), recipe.voiceSettings(), recipe.overrideSha256(),
                    phone.seconds(), Checksums.sha256(wav), recipe.inputKey(), recipe.sound().text()), null);
        } catch (IOException failed) {
            return new RenderResult(null, new CompileReport.Failure(id, failed.getMessage()));
        }
    }

    /** A studio recording or a synthesiser's speech, as the caller is to hear it. */
    private static MonoAudio speech(Recipe recipe) throws IOException {
        MonoAudio audio;
        if (recipe.override() != null) {
            audio = readRecording(recipe.override());
        } else {
            boolean word = SoundNames.isWord(recipe.sound().name());
            audio = recipe.voice().speak(recipe.sound().text()).trimmed(SPEECH_THRESHOLD,
                    word ? WORD_LEAD_MILLIS : LEAD_MILLIS, word ? WORD_TRAIL_MILLIS : TRAIL_MILLIS);
        }
        MonoAudio phone = Resampler.resample(audio, WavFile.TELEPHONY_RATE);
        // Before levelling, which would raise a synthesiser's hiss to the level of speech.
        if (phone.length() == 0 || phone.isSilent()) {
            throw new SynthesisException(recipe.override() != null
                    ? "the studio recording " + recipe.override() + " is silent"
                    : recipe.source().label() + " produced only silence for \"" + recipe.sound().text() + "\"");
        }
        // Faded first, so that the level is measured on what is played.
        return SpeechLevel.normalised(phone.withFades(FADE_MILLIS), PEAK_LIMIT, LIMITER_RAMP_MILLIS);
    }

    private static MonoAudio readRecording(Path recording) throws InvalidWavException {
        try {
            return WavFile.read(recording).toMono();
        } catch (InvalidWavException invalid) {
            throw new InvalidWavException("the studio recording " + recording + " cannot be used: " + invalid.getMessage());
        } catch (IOException unreadable) {
            throw new InvalidWavException("the studio recording " + recording + " cannot be read: " + unreadable.getMessage());
        }
    }

    /** Asterisk may be reading the old file while it is replaced: it sees the old or the new one, never half. */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            readableByAll(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A temporary file is made readable by its owner only; Asterisk runs as its own user and must
     * read the sounds wherever they are copied.
     */
    static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Deletes a file the manifest listed, and the folders it leaves empty below the language folder. */
    private static void delete(SoundId id, Path out) throws IOException {
        Path file = id.fileIn(out);
        Files.deleteIfExists(file);
        Path languageFolder = out.resolve(id.language().code());
        for (Path folder = file.getParent(); folder != null && folder.startsWith(languageFolder)
                && !folder.equals(languageFolder) && isEmptyFolder(folder); folder = folder.getParent()) {
            Files.delete(folder);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
