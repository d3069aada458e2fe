package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import java.util.List;
import java.util.Optional;

/** Every sound the voice line can play, in every language: what the audio compiler renders. */
public interface SoundInventory {

    List<Sound> sounds();

    /** The words a sound says, to show a person what the line is playing. */
    default Optional<String> textOf(Language language, String name) {
        return sounds().stream()
                .filter(sound -> sound.language() == language && sound.name().equals(name))
                .map(Sound::text)
                .findFirst();
    }
}
