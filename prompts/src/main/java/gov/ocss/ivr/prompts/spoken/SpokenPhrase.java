package gov.ocss.ivr.prompts.spoken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Something the line says, kept as the ordered words it is made of, so that the text
 * (TTY) and the voice (one small sound file per word) are built from the very same words.
 *
 * <p>A fragment never contains white space: ICU's output is split at spaces, so
 * "njëzet e një" is three fragments and the voice needs a recording of "e" only once.
 * A fragment may be written glued to the one before it (the Bengali counting classifier
 * "টি" in "তিনটি"); that is the only spacing rule any of our languages needs.
 */
public final class SpokenPhrase {

    /** One word of a phrase; {@code attached} means it is written with no space before it. */
    public record Fragment(String text, boolean attached) {
        public Fragment {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty() || text.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a fragment is one non-blank word: '" + text + "'");
            }
        }
    }

    private static final SpokenPhrase EMPTY = new SpokenPhrase(List.of());

    private final List<Fragment> fragments;

    private SpokenPhrase(List<Fragment> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    public static SpokenPhrase empty() {
        return EMPTY;
    }

    /** Words written with spaces between them, such as ICU's spell-out or a month name. */
    public static SpokenPhrase of(String spacedWords) {
        String trimmed = spacedWords.strip();
        if (trimmed.isEmpty()) {
            return EMPTY;
        }
        return new SpokenPhrase(Arrays.stream(trimmed.split("\\s+"))
                .map(word -> new Fragment(word, false))
                .collect(Collectors.toList()));
    }

    public SpokenPhrase then(SpokenPhrase next) {
        List<Fragment> joined = new ArrayList<>(fragments);
        joined.addAll(next.fragments);
        return new SpokenPhrase(joined);
    }

    public SpokenPhrase then(String spacedWords) {
        return then(of(spacedWords));
    }

    /** Adds a word written glued to the previous one, e.g. a Bengali classifier. */
    SpokenPhrase thenAttached(String suffix) {
        if (fragments.isEmpty()) {
            throw new IllegalStateException("nothing to attach '" + suffix + "' to");
        }
        List<Fragment> joined = new ArrayList<>(fragments);
        joined.add(new Fragment(suffix, true));
        return new SpokenPhrase(joined);
    }

    public List<Fragment> fragments() {
        return fragments;
    }

    public List<String> words() {
        return fragments.stream().map(Fragment::text).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The words as they are spoken one sound file each: a fragment written glued to the one before
     * ("আট" + "টা") is said as one word ("আটটা"), not as two with a gap between them.
     */
    public List<String> spokenWords() {
        List<String> words = new ArrayList<>();
        for (Fragment fragment : fragments) {
            if (fragment.attached() && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + fragment.text());
            } else {
                words.add(fragment.text());
            }
        }
        return List.copyOf(words);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (Fragment fragment : fragments) {
            if (text.length() > 0 && !fragment.attached()) {
                text.append(' ');
            }
            text.append(fragment.text());
        }
        return text.toString();
    }

    public boolean isEmpty() {
        return fragments.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpokenPhrase phrase && phrase.fragments.equals(fragments);
    }

    @Override
    public int hashCode() {
        return fragments.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
