package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.BoundArgs;
import gov.ocss.ivr.prompts.catalog.PlaceholderType;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.catalog.Template;
import gov.ocss.ivr.prompts.spoken.SpokenPhrase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prompts as the sound files the voice line plays, in the order of the language's own sentence:
 * the recorded pieces of the sentence, and between them the words of each value, made of the same
 * ICU words the TTY line would spell, with pauses where the sentence breathes (see {@link Phrase}).
 */
public final class CatalogVoice {
    private final PromptCatalog catalog;
    private final Map<Language, SpokenValues> spoken = new EnumMap<>(Language.class);

    public CatalogVoice(PromptCatalog catalog, Clock clock) {
        this.catalog = catalog;
        for (Language language : Language.values()) {
            spoken.put(language, new SpokenValues(language, clock));
        }
    }

    /** Full Asterisk sound names, each starting with its language folder. */
    public List<String> sounds(Prompt prompt, Language language) {
        List<String> sounds = new ArrayList<>();
        for (Sound sound : soundsOf(prompt, language)) {
            sounds.add(SoundNames.full(sound.language(), sound.name()));
        }
        return sounds;
    }

    /**
     * The sounds with the words each says: what the terminal phone and the audit show. Pauses
     * ({@link Pause}) fall between the parts where the text has punctuation and around each value,
     * never between the words of one value (a sum or a date is one phrase), and after the last part
     * when the sentence ends there; a pause's text is empty.
     */
    public List<Sound> soundsOf(Prompt prompt, Language language) {
        Template template = catalog.spoken(language, prompt.key()).orElseThrow(() -> new IllegalArgumentException(
                "no prompt '" + prompt.key() + "' in the " + language.code() + " catalog"));
        BoundArgs args = BoundArgs.bind(prompt, template);
        List<Optional<Sound>> pieces = SpokenSentence.pieces(language, prompt.key(), template);
        Phrase phrase = new Phrase(language);
        for (int i = 0; i < template.parts().size(); i++) {
            Template.Part part = template.parts().get(i);
            if (part instanceof Template.Literal literal) {
                Optional<Sound> piece = pieces.get(i);
                if (piece.isPresent()) {
                    phrase.addPiece(literal.text(), piece.get());
                } else {
                    phrase.addUnspoken(literal.text());
                }
            } else if (part instanceof Template.Placeholder placeholder) {
                phrase.addValue(valueSounds(language, placeholder.type(), args, placeholder));
            } else if (part instanceof Template.Include include) {
                phrase.addIncluded(soundsOf(Prompt.of(include.key()), include.language()));
            }
        }
        return phrase.ended();
    }

    private List<Sound> valueSounds(Language language, PlaceholderType type, BoundArgs args,
                                    Template.Placeholder placeholder) {
        if (type == PlaceholderType.TEXT) {
            String text = ((PromptArg.Text) args.get(placeholder)).text();
            return List.of(new Sound(language, SoundNames.text(text), text));
        }
        SpokenPhrase words = spoken.get(language).say(type, args.get(placeholder));
        return words.spokenWords().stream().map(word -> new Sound(language, SoundNames.word(word), word)).toList();
    }
}
