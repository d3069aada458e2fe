package gov.ocss.ivr.presenter.bengali;

import java.util.List;
import java.util.Optional;

/**
 * Bengali text as Bengali speakers write it in Latin capitals when they chat or text, for a TDD
 * that shows nothing else: "আপনার কেস নম্বর লিখুন।" is "APNAR KES NOMBOR LIKHUN.", where a letter-by-
 * letter transliteration ("APANARA KESA NAMBARA LIKHUNA") is slow to read. Bengali digits become
 * 0-9 and the danda a full stop; anything not Bengali is left as it is.
 *
 * <p>Words go to the {@link WordTable} first, then, with a common suffix taken off, their stem;
 * otherwise they are spelt by the rules ({@link Spelling}). Loanwords are spelt as Bengali says them
 * (কেস KES, পেমেন্ট PEMENT), except months and weekdays, which are English (ডিসেম্বর DECEMBER):
 * that is how a reader takes in a date fastest.
 */
public final class BengaliRoman {
    /**
     * Suffixes a stem takes, longest first. The vowel suffixes replace the stem's last vowel
     * (নগদে NOGODE, not NOGDE), so the stem is spelt as if the word ended with it. Not -ে after ত ল
     * ব ছ: there it is mostly a verb's ending (করতে KORTE, থাকলে THAKLE, লাগবে LAGBE, করছে KORCHHE),
     * spelt as one word.
     */
    private static final List<String> CONSONANT_SUFFIXES = List.of("গুলোর", "গুলো", "টির", "টি", "টা");
    private static final String GENITIVE = "\u09C7\u09B0";
    private static final String LOCATIVE = "\u09C7";
    private static final String VERB_ENDINGS_BEFORE_E = "তলবছ";

    private static final WordTable TABLE = WordTable.standard();

    private BengaliRoman() {
    }

    /** Whether the text has any Bengali in it, so needs {@link #romanise}. */
    public static boolean hasBengali(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0980' && c <= '\u09FF' || c == '\u0964' || c == '\u0965') {
                return true;
            }
        }
        return false;
    }

    public static String romanise(String text) {
        String normalised = WordTable.normalised(text);
        StringBuilder out = new StringBuilder(normalised.length());
        int i = 0;
        while (i < normalised.length()) {
            char c = normalised.charAt(i);
            if (Letters.isDigit(c)) {
                out.append((char) ('0' + c - '\u09E6'));
                i++;
            } else if (c == '\u0964' || c == '\u0965') {
                out.append('.');
                i++;
            } else if (Letters.isWordPart(c)) {
                int end = i;
                while (end < normalised.length() && Letters.isWordPart(normalised.charAt(end))) {
                    end++;
                }
                out.append(word(normalised.substring(i, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String word(String word) {
        Optional<String> listed = TABLE.spelling(word);
        if (listed.isPresent()) {
            return listed.get();
        }
        for (String suffix : CONSONANT_SUFFIXES) {
            String stem = stem(word, suffix);
            if (stem != null) {
                return spelledStem(stem, false) + Spelling.of(suffix, false);
            }
        }
        for (String suffix : List.of(GENITIVE, LOCATIVE)) {
            String stem = stem(word, suffix);
            boolean verb = stem != null && suffix.equals(LOCATIVE) && VERB_ENDINGS_BEFORE_E.indexOf(stem.charAt(stem.length() - 1)) >= 0;
            if (stem != null && !verb) {
                return spelledStem(stem, true) + Spelling.of(suffix, false);
            }
        }
        return Spelling.of(word, false);
    }

    private static String spelledStem(String stem, boolean beforeVowel) {
        return TABLE.spelling(stem).orElseGet(() -> Spelling.of(stem, beforeVowel));
    }

    /** The word without the suffix, when what is left ends with a consonant; else null. */
    private static String stem(String word, String suffix) {
        if (!word.endsWith(suffix) || word.length() == suffix.length()) {
            return null;
        }
        String stem = word.substring(0, word.length() - suffix.length());
        char last = stem.charAt(stem.length() - 1);
        if (last == Letters.NUKTA && stem.length() > 1) {
            last = stem.charAt(stem.length() - 2);
        }
        return Letters.isConsonant(last) ? stem : null;
    }
}
