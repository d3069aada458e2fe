package gov.ocss.ivr.presenter.bengali;

import java.util.ArrayList;
import java.util.List;

/** A Bengali word cut into its written syllables ({@link Akshara}). */
final class Aksharas {

    private Aksharas() {
    }

    /**
     * The syllables of a word. Chandrabindu and visarga are left out: a chat spelling writes neither
     * (তাঁরা TARA, দুঃখিত DUKHITO). অ্যা and এ্যা are the sound of English "a" in "cat", and written
     * as that vowel.
     */
    static List<Akshara> of(String word) {
        String w = word.replace(String.valueOf(Letters.CHANDRABINDU), "").replace(String.valueOf(Letters.VISARGA), "")
                .replace("\u200C", "").replace("\u200D", "");
        List<Akshara> syllables = new ArrayList<>();
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (Letters.isConsonant(c)) {
                StringBuilder consonants = new StringBuilder();
                i = consonant(w, i, consonants);
                while (i + 1 < w.length() && w.charAt(i) == Letters.VIRAMA && Letters.isConsonant(w.charAt(i + 1))) {
                    i = consonant(w, i + 1, consonants);
                }
                char vowel = Akshara.INHERENT;
                if (i < w.length() && w.charAt(i) == Letters.VIRAMA) {
                    vowel = Akshara.NONE;
                    i++;
                } else if (i < w.length() && Letters.isVowelSign(w.charAt(i))) {
                    vowel = w.charAt(i++);
                } else if (consonants.length() == 1 && consonants.charAt(0) == Letters.KHANDA_TA) {
                    vowel = Akshara.NONE;
                }
                i = add(syllables, consonants.toString(), vowel, w, i);
            } else if (Letters.isIndependentVowel(c) || Letters.isVowelSign(c)) {
                char vowel = c;
                i++;
                if ((c == 'অ' || c == 'এ') && w.startsWith(Letters.VIRAMA + "" + Letters.YA, i)) {
                    vowel = Letters.SIGN_AA;
                    i += 2;
                    if (i < w.length() && w.charAt(i) == Letters.SIGN_AA) {
                        i++;
                    }
                }
                i = add(syllables, "", vowel, w, i);
            } else {
                // ং at the start of a word, avagraha, a stray virama or nukta: nothing a reader would say.
                i++;
            }
        }
        return syllables;
    }

    /** Appends the consonant at {@code i}, joined with a following nukta; returns the index after it. */
    private static int consonant(String w, int i, StringBuilder consonants) {
        char c = w.charAt(i);
        if (i + 1 < w.length() && w.charAt(i + 1) == Letters.NUKTA) {
            consonants.append(Letters.withNukta(c));
            return i + 2;
        }
        consonants.append(c);
        return i + 1;
    }

    private static int add(List<Akshara> syllables, String consonants, char vowel, String w, int i) {
        boolean anusvara = false;
        while (i < w.length() && w.charAt(i) == Letters.ANUSVARA) {
            anusvara = true;
            i++;
        }
        syllables.add(new Akshara(consonants, vowel, anusvara));
        return i;
    }
}
