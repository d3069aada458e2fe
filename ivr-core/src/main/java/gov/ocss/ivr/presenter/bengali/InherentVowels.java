package gov.ocss.ivr.presenter.bengali;

import java.util.List;
import java.util.Set;

/**
 * Which unwritten vowels (অ) a Bengali reader says. Bengali writes no sign for a consonant's own
 * vowel and often does not say it: আপনার is "apnar", not "aponar". Reading from the end of the word
 * to its start, as speakers resolve it:
 * <ul>
 *   <li>the first syllable says it (কল KOL, সময় SHOMOY), and so does one before ং (এবং EBONG);</li>
 *   <li>the last syllable does not (নম্বর NOMBOR), unless it is a conjunct (জন্য JONNO, বন্ধ
 *       BONDHO), হ (অনুগ্রহ ONUGROHO) or the -ইত of an adjective (দুঃখিত DUKHITO); a conjunct of
 *       an English loanword, such as ন্ট in পেমেন্ট, keeps it silent;</li>
 *   <li>a syllable inside the word drops it before a syllable whose vowel is said (আপনার, করবেন
 *       KORBEN), and says it otherwise (নগদ NOGOD), before a conjunct (নিরাপত্তা NIRAPOTTA) and in a
 *       conjunct (ধন্যবাদ DHONNOBAD).</li>
 * </ul>
 * Compounds and reduplications break these rules (সরাসরি, স্বাগতম); the word table has them.
 */
final class InherentVowels {
    /**
     * Final clusters of English loanwords, which Bengali says without a vowel after them (পেমেন্ট
     * PEMENT, রিফান্ড RIFAND, ট্যাক্স TAKS, চাইল্ড CHAILD, কার্ড KARD), where a native word's final
     * conjunct says one (কষ্ট KOSHTO, ধর্ম DHORMO). স্ট is English (লিস্ট), ষ্ট Bengali.
     */
    private static final Set<String> LOANWORD_ENDINGS = Set.of(
            "নট", "নড", "নস", "কস", "রট", "রড", "লড", "লট", "সট", "ফট", "পট");

    private InherentVowels() {
    }

    /**
     * For each syllable whose vowel is not written, whether it is said.
     *
     * @param endsBeforeVowel the word is a stem before a suffix that begins with a vowel (-ের, -ে):
     *                        the suffix's vowel takes the place of the last one
     */
    static boolean[] said(List<Akshara> syllables, boolean endsBeforeVowel) {
        int n = syllables.size();
        boolean[] said = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            Akshara syllable = syllables.get(i);
            if (!syllable.inherent()) {
                said[i] = syllable.writtenVowel();
            } else if (syllable.anusvara()) {
                said[i] = true;
            } else if (i == n - 1) {
                said[i] = !endsBeforeVowel && (n == 1 || saidAtTheEnd(syllables));
            } else if (i == 0) {
                said[i] = true;
            } else {
                Akshara next = syllables.get(i + 1);
                boolean nextSaysAVowel = said[i + 1];
                said[i] = syllable.conjunct() || next.conjunct() || !nextSaysAVowel;
            }
        }
        return said;
    }

    private static boolean saidAtTheEnd(List<Akshara> syllables) {
        Akshara last = syllables.get(syllables.size() - 1);
        if (last.conjunct()) {
            return !LOANWORD_ENDINGS.contains(last.consonants());
        }
        if (last.consonants().equals(String.valueOf(Letters.HA))) {
            return true;
        }
        // পরিচালিত, নিশ্চিত, দুঃখিত: the -ইত of an adjective or participle is "-ito". Shorter words
        // ending so, and the few longer ones said "-it" (উচিত UCHIT), are in the word table.
        return syllables.size() >= 3 && last.consonants().equals(String.valueOf(Letters.TA))
                && syllables.get(syllables.size() - 2).vowel() == Letters.SIGN_I;
    }
}
