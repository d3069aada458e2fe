package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether compiled output is ready for Asterisk: every sound of the inventory has its file, and
 * every file is 8 kHz, 16-bit, mono, plain PCM with something audible in it. Independent of the
 * compiler's manifest, so it also vouches for files copied or edited by hand.
 */
public final class SoundCheck {

    private SoundCheck() {
    }

    /** One line per problem, e.g. {@code bn/ocss/greeting: missing (build/sounds/bn/ocss/greeting.wav)}; empty if all is well. */
    public static List<String> check(SoundInventory inventory, Path out) {
        TreeSet<SoundId> ids = new TreeSet<>();
        for (Sound sound : inventory.sounds()) {
            ids.add(SoundId.of(sound));
        }
        List<String> problems = new ArrayList<>();
        for (SoundId id : ids) {
            Path file = id.fileIn(out);
            if (!Files.isRegularFile(file)) {
                problems.add(id + ": missing (" + file + ")");
                continue;
            }
            List<String> found = problemsOf(file);
            if (!found.isEmpty()) {
                problems.add(id + ": " + String.join("; ", found) + " (" + file + ")");
            }
        }
        return problems;
    }

    /** What is wrong with one WAV file as a telephony prompt; empty if nothing. */
    public static List<String> problemsOf(Path file) {
        try {
            WavFile wav = WavFile.read(file);
            List<String> problems = new ArrayList<>(wav.problemsForAsterisk());
            if (problems.isEmpty() && wav.toMono().isSilent()) {
                problems.add("silent");
            }
            return problems;
        } catch (InvalidWavException invalid) {
            return List.of(invalid.getMessage());
        } catch (IOException unreadable) {
            return List.of("cannot be read: " + unreadable.getMessage());
        }
    }
}
