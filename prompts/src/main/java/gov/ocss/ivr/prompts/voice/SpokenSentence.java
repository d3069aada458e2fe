package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.catalog.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fixed pieces of one catalog sentence as sound files: the words between placeholders,
 * each recorded once. Punctuation alone ("." after the last placeholder) is not a sound.
 */
final class SpokenSentence {

    private SpokenSentence() {
    }

    /** One entry per part of the template: the sound of a fixed piece, empty for anything else. */
    static List<Optional<Sound>> pieces(Language language, String key, Template template) {
        List<Optional<Sound>> pieces = new ArrayList<>();
        int piece = 0;
        for (Template.Part part : template.parts()) {
            String words = part instanceof Template.Literal literal ? speakable(literal.text()) : "";
            if (words.isEmpty()) {
                pieces.add(Optional.empty());
            } else {
                piece++;
                pieces.add(Optional.of(new Sound(language, SoundNames.segment(key, piece), words)));
            }
        }
        return pieces;
    }

    /** The piece without the punctuation and spaces that join it to the placeholder before it. */
    private static String speakable(String text) {
        String words = text.replaceFirst("^[\\p{P}\\s]+", "").strip();
        return words.codePoints().anyMatch(Character::isLetterOrDigit) ? words : "";
    }
}
