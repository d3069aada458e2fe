package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.voice.CatalogVoice;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One prompt compiled by the audio compiler and played file after file, as a caller hears it, with
 * the silence measured at every place two files meet. Asterisk adds a few milliseconds between the
 * files it streams (one AGI command each); that is not counted here.
 *
 * <p>Silence is where the loudest sample within 2.5 ms either side is more than 20 dB below the
 * line's speech level: a gap a listener hears as one, though the quietest consonants can fall there too.
 */
final class CompiledSentence {
    /** 20 dB below {@link SpeechLevel#TARGET_DBOV}. */
    static final double QUIET = Math.pow(10, (SpeechLevel.TARGET_DBOV - 20) / 20);
    private static final int WINDOW = WavFile.TELEPHONY_RATE * 25 / 10_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);

    /**
     * Where two files meet: the silence a caller hears between the speech of {@code before} and of
     * {@code after} ({@code after} null at the end of the sentence), and the pause file between them.
     */
    record Join(Sound before, Optional<Pause> pause, Sound after, double silenceMillis) {
        boolean insideAValue() {
            return pause.isEmpty();
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-24s %-8s %-24s %5.0f ms", before.text(),
                    pause.map(p -> p.soundName().substring(p.soundName().lastIndexOf('/') + 1)).orElse("-"),
                    after == null ? "(end)" : after.text(), silenceMillis);
        }
    }

    private final List<Sound> sounds;
    private final List<MonoAudio> files;

    private CompiledSentence(List<Sound> sounds, List<MonoAudio> files) {
        this.sounds = sounds;
        this.files = files;
    }

    /** Compiles just the sounds of {@code prompt} into {@code out}. */
    static CompiledSentence compile(Prompt prompt, Language language, Voices voices, Path out) throws IOException {
        List<Sound> sounds = new CatalogVoice(PromptCatalog.standard(), CLOCK).soundsOf(prompt, language);
        Inventory inventory = Inventory.of(new LinkedHashSet<>(sounds).toArray(Sound[]::new));
        CompileReport report = new AudioCompiler(voices, 2).compile(inventory, out, null);
        if (!report.failures().isEmpty()) {
            throw new IOException("could not compile " + prompt.key() + ": " + report.failures());
        }
        List<MonoAudio> files = new ArrayList<>();
        for (Sound sound : sounds) {
            files.add(WavFile.read(SoundId.of(sound).fileIn(out)).toMono());
        }
        return new CompiledSentence(sounds, files);
    }

    List<Sound> sounds() {
        return sounds;
    }

    List<MonoAudio> files() {
        return files;
    }

    /** Every place a file of speech ends, in order: what follows it, and the silence heard there. */
    List<Join> joins() {
        float[] played = joined();
        List<Join> joins = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sounds.size(); i++) {
            offset += files.get(i).length();
            if (Pause.of(sounds.get(i)).isPresent()) {
                continue;
            }
            int next = i + 1;
            Optional<Pause> pause = Optional.empty();
            if (next < sounds.size() && Pause.of(sounds.get(next)).isPresent()) {
                pause = Pause.of(sounds.get(next));
                next++;
            }
            Sound after = next < sounds.size() ? sounds.get(next) : null;
            joins.add(new Join(sounds.get(i), pause, after, silenceAround(played, offset)));
        }
        return joins;
    }

    private float[] joined() {
        int length = files.stream().mapToInt(MonoAudio::length).sum();
        float[] played = new float[length];
        int at = 0;
        for (MonoAudio file : files) {
            for (int i = 0; i < file.length(); i++) {
                played[at++] = file.sample(i);
            }
        }
        return played;
    }

    /** The length of the quiet stretch that holds the point where one file gave way to the next. */
    private static double silenceAround(float[] played, int join) {
        int from = join;
        while (from > 0 && quiet(played, from - 1)) {
            from--;
        }
        int to = join;
        while (to < played.length && quiet(played, to)) {
            to++;
        }
        return (to - from) * 1000.0 / WavFile.TELEPHONY_RATE;
    }

    private static boolean quiet(float[] played, int at) {
        for (int i = Math.max(0, at - WINDOW); i <= Math.min(played.length - 1, at + WINDOW); i++) {
            if (Math.abs(played[i]) >= QUIET) {
                return false;
            }
        }
        return true;
    }
}
