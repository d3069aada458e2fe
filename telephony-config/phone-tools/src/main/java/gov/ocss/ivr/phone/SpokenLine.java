package gov.ocss.ivr.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sounds of one sentence as the caller hears them run together: "Your balance is" + "one" +
 * "hundred" + "dollars." is one line. A sentence ends with its closing punctuation. A sound the
 * inventory does not know is shown by its name: in the middle of a sentence it stands for a word
 * or two; at the start of one it is taken for a whole prompt, and stands on a line of its own.
 */
final class SpokenLine {
    /** Full stop, question and exclamation marks, the Bengali danda, maybe followed by a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!\u0964\u0965\u2026][\"'\u201d\u2019)\\]]*$");

    /**
     * The first recorded piece of a catalog sentence ({@code en/ocss/main-menu}, not {@code -2}, nor a
     * word or text): a new sentence begins even when the one before ended on a value, whose
     * closing full stop is not a sound of its own.
     */
    private static final Pattern OPENING_PIECE = Pattern.compile("(^|/)ocss/[a-z0-9_.-]+$");

    private final List<String> words = new ArrayList<>();
    private final List<String> sounds = new ArrayList<>();
    private boolean ended;

    static boolean opensSentence(String sound) {
        // Catalog keys never end in a digit; "-2", "-3" are the later pieces of a sentence.
        return OPENING_PIECE.matcher(sound).find() && !sound.matches(".*-[0-9]+$");
    }

    void add(String sound, String spoken) {
        sounds.add(sound);
        words.add(spoken);
        ended = SENTENCE_END.matcher(spoken).find();
    }

    void addUnknown(String sound) {
        ended = sounds.isEmpty();
        sounds.add(sound);
        words.add(sound);
    }

    boolean isEmpty() {
        return sounds.isEmpty();
    }

    boolean isEnded() {
        return ended;
    }

    /** The sentence, and in verbose mode the sound names behind it in brackets (unless it is nothing but their names). */
    String shown(boolean verbose) {
        String sentence = String.join(" ", words);
        return verbose && !words.equals(sounds) ? sentence + "  [" + String.join(" ", sounds) + "]" : sentence;
    }
}
