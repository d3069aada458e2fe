package gov.ocss.ivr.load;

import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.simulator.SoundLibrary;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Every sound the line can play, lasting as long as its words take to say at an unhurried
 * help-line pace of 2.5 words a second, so a realistic load call holds the server for as long as a
 * real one; a pause between the parts of a sentence, as long as its silence. Measured from the text
 * rather than the compiled files so that the tool needs no audio.
 */
final class SpokenLengths implements SoundLibrary {
    private static final long MILLIS_PER_WORD = 400;
    private static final long SHORTEST_MILLIS = 300;
    private static final long SAMPLES_PER_MILLI = 8;

    private final Map<String, Long> samples = new HashMap<>();

    SpokenLengths(SoundInventory inventory) {
        for (Sound sound : inventory.sounds()) {
            long words = sound.text().trim().split("\\s+").length;
            long millis = Pause.of(sound).map(pause -> pause.length().toMillis())
                    .orElse(Math.max(SHORTEST_MILLIS, words * MILLIS_PER_WORD));
            samples.put(sound.language().code() + "/" + sound.name(), millis * SAMPLES_PER_MILLI);
        }
    }

    @Override
    public OptionalLong samples(String file, String language) {
        Long length = samples.get(file);
        return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    }
}
