package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether compiled output is ready for Asterisk: every sound of the inventory has its file, and
 * every file is 8 kHz, 16-bit, mono, plain PCM; a pause the inventory declares is silent, and every
 * other file has speech in it at the line's level ({@link SpeechLevel#TARGET_DBOV}, within
 * {@link SpeechLevel#TOLERANCE_DB}), so no piece of a sentence jumps out louder or quieter. Independent
 * of the compiler's manifest, so it also vouches for files copied or edited by hand.
 */
public final class SoundCheck {

    private SoundCheck() {
    }

    /** One line per problem, e.g. {@code bn/ocss/greeting: missing (build/sounds/bn/ocss/greeting.wav)}; empty if all is well. */
    public static List<String> check(SoundInventory inventory, Path out) {
        Map<SoundId, Sound> sounds = new TreeMap<>();
        for (Sound sound : inventory.sounds()) {
            sounds.putIfAbsent(SoundId.of(sound), sound);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<SoundId, Sound> entry : sounds.entrySet()) {
            SoundId id = entry.getKey();
            Path file = id.fileIn(out);
            if (!Files.isRegularFile(file)) {
                problems.add(id + ": missing (" + file + ")");
                continue;
            }
            List<String> found = Pause.of(entry.getValue()).isPresent() ? problemsOfPause(file) : problemsOfSpeech(file);
            if (!found.isEmpty()) {
                problems.add(id + ": " + String.join("; ", found) + " (" + file + ")");
            }
        }
        return problems;
    }

    /**
     * What is wrong with one WAV file as a telephony prompt, whatever it holds (speech, tones): its
     * layout, or nothing audible in it; empty if nothing.
     */
    public static List<String> problemsOf(Path file) {
        return problems(file, (wav, problems) -> {
            if (wav.toMono().isSilent()) {
                problems.add("silent");
            }
        });
    }

    private static List<String> problemsOfSpeech(Path file) {
        return problems(file, (wav, problems) -> {
            MonoAudio audio = wav.toMono();
            if (audio.isSilent()) {
                problems.add("silent");
                return;
            }
            double level = SpeechLevel.of(audio);
            double off = level - SpeechLevel.TARGET_DBOV;
            if (Math.abs(off) > SpeechLevel.TOLERANCE_DB) {
                problems.add(String.format(Locale.ROOT, "speech level %.1f dBov, %.1f dB %s the %.0f dBov the line plays at",
                        level, Math.abs(off), off < 0 ? "below" : "above", SpeechLevel.TARGET_DBOV));
            }
        });
    }

    private static List<String> problemsOfPause(Path file) {
        return problems(file, (wav, problems) -> {
            if (!wav.toMono().isSilent()) {
                problems.add("a pause with sound in it");
            }
        });
    }

    private interface ContentCheck {
        void check(WavFile wav, List<String> problems) throws InvalidWavException;
    }

    /** The layout first: what is in a file Asterisk cannot play does not matter. */
    private static List<String> problems(Path file, ContentCheck content) {
        try {
            WavFile wav = WavFile.read(file);
            List<String> problems = new ArrayList<>(wav.problemsForAsterisk());
            if (problems.isEmpty()) {
                content.check(wav, problems);
            }
            return problems;
        } catch (InvalidWavException invalid) {
            return List.of(invalid.getMessage());
        } catch (IOException unreadable) {
            return List.of("cannot be read: " + unreadable.getMessage());
        }
    }
}
