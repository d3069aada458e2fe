package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.catalog.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sounds of the catalog: the fixed pieces of every sentence, every word a value can be
 * said with, the data texts (agency and office names, addresses) the line reads whole, and the
 * pauses between them.
 */
final class CatalogSounds implements SoundInventory {
    private final Map<String, Sound> byFullName;

    CatalogSounds(PromptCatalog catalog, Collection<String> texts) {
        Map<String, Sound> sounds = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            for (String key : catalog.keys(language)) {
                Template template = catalog.spoken(language, key).orElseThrow();
                SpokenSentence.pieces(language, key, template).forEach(piece -> piece.ifPresent(
                        sound -> sounds.put(SoundNames.full(language, sound.name()), sound)));
            }
            for (String word : SpokenWords.of(language)) {
                Sound sound = new Sound(language, SoundNames.word(word), word);
                sounds.put(SoundNames.full(language, sound.name()), sound);
            }
            for (Pause pause : Pause.values()) {
                Sound sound = pause.in(language);
                sounds.put(SoundNames.full(language, sound.name()), sound);
            }
            for (String text : texts) {
                Sound sound = new Sound(language, SoundNames.text(text), text);
                sounds.put(SoundNames.full(language, sound.name()), sound);
            }
        }
        this.byFullName = sounds;
    }

    @Override
    public List<Sound> sounds() {
        return new ArrayList<>(byFullName.values());
    }

    @Override
    public Optional<String> textOf(Language language, String name) {
        return Optional.ofNullable(byFullName.get(SoundNames.full(language, name))).map(Sound::text);
    }
}
