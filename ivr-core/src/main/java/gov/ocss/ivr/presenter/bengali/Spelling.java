package gov.ocss.ivr.presenter.bengali;

import java.util.List;

/** One Bengali word (or stem) spelt by the rules, without the word table. */
final class Spelling {

    private Spelling() {
    }

    /**
     * @param endsBeforeVowel the word is a stem and a suffix beginning with a vowel follows it
     */
    static String of(String word, boolean endsBeforeVowel) {
        List<Akshara> syllables = Aksharas.of(word);
        boolean[] said = InherentVowels.said(syllables, endsBeforeVowel);
        StringBuilder spelt = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            Akshara syllable = syllables.get(i);
            Akshara next = i + 1 < syllables.size() ? syllables.get(i + 1) : null;
            if (syllable.isVowelOnly()) {
                // ও before য় is said W, and written with the য় (পাওয়া PAWA, দেওয়া DEWA).
                if (!(syllable.vowel() == Letters.INDEPENDENT_O && next != null && isYya(next))) {
                    spelt.append(Letters.vowel(syllable.vowel()));
                }
            } else {
                boolean afterVowel = i > 0 && said[i - 1] && !syllables.get(i - 1).anusvara();
                spelt.append(consonants(syllables, i, said, afterVowel, next == null && !endsBeforeVowel));
            }
            if (syllable.anusvara()) {
                // ব্যাংক BANK as অঙ্ক ONKO: before K the N is already "ng"; elsewhere ং is NG (বাংলা BANGLA).
                boolean beforeK = next != null && next.consonants().equals(String.valueOf(Letters.KA));
                spelt.append(beforeK ? "N" : "NG");
            }
        }
        return spelt.toString();
    }

    private static String consonants(List<Akshara> syllables, int i, boolean[] said, boolean afterVowel, boolean last) {
        Akshara syllable = syllables.get(i);
        boolean afterO = i > 0 && syllables.get(i - 1).isVowelOnly() && syllables.get(i - 1).vowel() == Letters.INDEPENDENT_O;
        if (isYya(syllable) && afterO) {
            return "W" + vowel(syllable, said[i], false);
        }
        if (isYya(syllable) && last && syllable.inherent() && i > 0) {
            char before = syllables.get(i - 1).vowel();
            if (before == Letters.SIGN_I || before == Letters.SIGN_II) {
                // স্থানীয় STHANIO, প্রিয় PRIO: য় after ই is said as a vowel.
                return "O";
            }
        }
        Clusters.Said cluster = Clusters.of(syllable.consonants(), i == 0, afterVowel);
        return cluster.letters() + vowel(syllable, said[i], cluster.yaPhalaAtStart());
    }

    private static String vowel(Akshara syllable, boolean said, boolean yaPhalaAtStart) {
        if (syllable.inherent()) {
            if (!said) {
                return "";
            }
            // ব্যবস্থা BEBOSTHA: য-ফলা at the start turns the unwritten vowel to E.
            return yaPhalaAtStart ? "E" : "O";
        }
        return syllable.vowel() == Akshara.NONE ? "" : Letters.vowel(syllable.vowel());
    }

    private static boolean isYya(Akshara syllable) {
        return syllable.consonants().equals(String.valueOf(Letters.YYA));
    }
}
