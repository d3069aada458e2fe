package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import java.time.Duration;
import java.util.Optional;

/**
 * A deliberate silence between the sound files of a sentence, where a speaker would breathe: at its
 * punctuation and around its values. A sentence is played file by file, and a file carries only a few
 * milliseconds of quiet at its edges, so without these "October fourteenth two hundred thirty-five
 * dollars by check" is said in one breath.
 *
 * <p>The lengths are of the pause files alone. What a caller hears between two words is longer by the
 * quiet the files keep at their edges (see {@code AudioCompiler}): 10 ms before and 20 ms after a word of
 * a value, 40 ms at each end of a fixed piece or a text. The lengths were tuned so that the gaps heard,
 * measured in compiled sentences (BENCHMARKS.md, "Voice prompts: pauses and levels"), fall where people
 * pause reading aloud: about a tenth of a second around a number, 0.15 to 0.25 s at a comma, 0.3 to
 * 0.45 s between sentences, while the words inside one value follow each other some 25 ms apart.
 *
 * <p>A pause says nothing: its sound has no text, so a transcript of what the caller heard leaves it out.
 */
public enum Pause {
    /**
     * Around a value with no punctuation beside it ("Your balance is | two hundred dollars"): enough to
     * set the value apart, short enough not to sound like a hesitation; with the files' edges, 100 to
     * 170 ms heard (median 116 ms).
     */
    AROUND_VALUE("short", 70),
    /** At a comma, colon, semicolon or dash: with the edges, 170 to 240 ms heard (median 180 ms). */
    COMMA("medium", 150),
    /**
     * At a full stop, question or exclamation mark, the Bengali danda: with the edges, 320 to 340 ms
     * heard, 360 to 380 ms with the next prompt's first 40 ms; also after the last part of a sentence,
     * so the next prompt does not run on from a sum.
     */
    SENTENCE("long", 300);

    /** Where the pause files live in each language's folder: {@code en/ocss/pause/short}. */
    static final String FOLDER = SoundNames.FOLDER + "/pause/";

    private final String name;
    private final int millis;

    Pause(String name, int millis) {
        this.name = FOLDER + name;
        this.millis = millis;
    }

    /** The Asterisk sound name below the language folder. */
    public String soundName() {
        return name;
    }

    public Duration length() {
        return Duration.ofMillis(millis);
    }

    /** Pauses are silent in every language; each language folder has its own copy, as Asterisk looks there. */
    public Sound in(Language language) {
        return new Sound(language, name, "");
    }

    /** The pause a sound of an inventory is, if it is one: one of these names, saying nothing. */
    public static Optional<Pause> of(Sound sound) {
        return sound.text().isEmpty() ? named(sound.name()) : Optional.empty();
    }

    /** The pause with this sound name, given with or without its language folder ({@code en/ocss/pause/short}). */
    public static Optional<Pause> named(String soundName) {
        for (Pause pause : values()) {
            if (soundName.equals(pause.name) || soundName.endsWith("/" + pause.name)) {
                return Optional.of(pause);
            }
        }
        return Optional.empty();
    }

    /**
     * The pause the sentence takes between two of its parts.
     *
     * @param between     the catalog text between them that is not spoken: punctuation and spaces
     * @param besideValue whether one of the two is a value (a sum, a date, an office's name...)
     */
    static Optional<Pause> between(String between, boolean besideValue) {
        Optional<Pause> marked = atPunctuation(between);
        return marked.isPresent() || !besideValue ? marked : Optional.of(AROUND_VALUE);
    }

    /** The pause after the last part of a sentence, which only its closing punctuation asks for. */
    static Optional<Pause> atEnd(String trailing) {
        return atPunctuation(trailing);
    }

    private static Optional<Pause> atPunctuation(String text) {
        if (text.chars().anyMatch(c -> ".?!\u0964\u0965\u2026".indexOf(c) >= 0)) {
            return Optional.of(SENTENCE);
        }
        if (text.chars().anyMatch(c -> ",;:\u2013\u2014".indexOf(c) >= 0)) {
            return Optional.of(COMMA);
        }
        return Optional.empty();
    }

    /** The longer of two pauses that fall at the same place. */
    Pause orLonger(Pause other) {
        return other.millis > millis ? other : this;
    }
}
