package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sounds of one sentence put together part by part, with a {@link Pause} wherever the catalog
 * text between two parts asks for one. The text between two parts is what the sound files do not
 * say: the punctuation and spaces at the end of the part before, any literal that is nothing but
 * punctuation ("{date}: {amount}"), and the punctuation at the start of the part after.
 */
final class Phrase {
    private static final Pattern LEADING = Pattern.compile("^[\\p{P}\\s]*");
    private static final Pattern TRAILING = Pattern.compile("[\\p{P}\\s]*$");

    private final Language language;
    private final List<Sound> sounds = new ArrayList<>();
    /** Unspoken text since the last part that made a sound. */
    private final StringBuilder between = new StringBuilder();
    private boolean lastWasValue;

    Phrase(Language language) {
        this.language = language;
    }

    /** A fixed piece of the sentence, with the catalog text it was made from. */
    void addPiece(String literal, Sound piece) {
        between.append(match(LEADING, literal));
        join(false);
        sounds.add(piece);
        between.append(match(TRAILING, literal));
        lastWasValue = false;
    }

    /** A literal with no words, only punctuation or spaces. */
    void addUnspoken(String literal) {
        between.append(literal);
    }

    /** The words of one value: a phrase of its own, so nothing comes between them. */
    void addValue(List<Sound> words) {
        if (words.isEmpty()) {
            return;
        }
        join(true);
        sounds.addAll(words);
        lastWasValue = true;
    }

    /** Another sentence said inside this one (the language menu's options), with its own pauses. */
    void addIncluded(List<Sound> sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        join(false);
        for (Sound sound : sentence) {
            Optional<Pause> pause = Pause.of(sound);
            if (pause.isPresent()) {
                addPause(pause.get(), sound.language());
            } else {
                sounds.add(sound);
            }
        }
        lastWasValue = false;
    }

    /** The sounds, with the pause the sentence's closing punctuation asks for. */
    List<Sound> ended() {
        if (!sounds.isEmpty()) {
            Pause.atEnd(between.toString()).ifPresent(pause -> addPause(pause, language));
        }
        between.setLength(0);
        return List.copyOf(sounds);
    }

    private void join(boolean valueComes) {
        if (!sounds.isEmpty()) {
            Pause.between(between.toString(), valueComes || lastWasValue).ifPresent(pause -> addPause(pause, language));
        }
        between.setLength(0);
    }

    /** Two pauses in a row (an included sentence's full stop, then a comma) are one, the longer. */
    private void addPause(Pause pause, Language in) {
        int last = sounds.size() - 1;
        Optional<Pause> before = last < 0 ? Optional.empty() : Pause.of(sounds.get(last));
        if (before.isPresent()) {
            sounds.set(last, before.get().orLonger(pause).in(sounds.get(last).language()));
        } else if (last >= 0) {
            sounds.add(pause.in(in));
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : "";
    }
}
