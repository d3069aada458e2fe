package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import java.util.Collection;
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

    /**
     * The words of a sound by the name Asterisk is given ({@code bn/ocss/...}); empty for a name
     * outside the language folders, such as one of Asterisk's own sounds.
     */
    default Optional<String> textOf(String fullName) {
        int slash = fullName.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return Language.fromCode(fullName.substring(0, slash))
                .flatMap(language -> textOf(language, fullName.substring(slash + 1)));
    }

    /** The shipped catalog's sounds and the data texts the line reads whole (office names...). */
    static SoundInventory standard(Collection<String> texts) {
        return new CatalogSounds(PromptCatalog.standard(), texts);
    }
}
