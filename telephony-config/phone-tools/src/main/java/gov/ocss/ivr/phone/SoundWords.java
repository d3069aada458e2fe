package gov.ocss.ivr.phone;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.util.Optional;

/**
 * The words behind a sound file the server plays. Asterisk looks a sound name up in the folder of
 * the channel's language; a name that starts with a language's folder ({@code bn/...}) names that
 * folder itself, so both are tried.
 */
final class SoundWords {
    private final SoundInventory inventory;

    SoundWords(SoundInventory inventory) {
        this.inventory = inventory;
    }

    /** The words, or empty when the inventory does not know the sound. */
    Optional<String> of(String channelLanguage, String name) {
        Optional<String> words = Language.fromCode(channelLanguage).flatMap(language -> inventory.textOf(language, name));
        if (words.isPresent()) {
            return words;
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String rest = name.substring(slash + 1);
        return Language.fromCode(name.substring(0, slash)).flatMap(language -> inventory.textOf(language, rest));
    }
}
