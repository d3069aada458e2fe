package gov.ocss.ivr.presenter.bengali;

/**
 * One written syllable of a Bengali word: the consonants joined by virama (none for a vowel written
 * on its own), its vowel, and whether it ends in ং. The vowel is a vowel sign, an independent vowel,
 * {@link #INHERENT} when none is written (the consonant's own অ, said or silent) or {@link #NONE}
 * when the word marks that there is none (virama at the end, ৎ).
 *
 * @param consonants the consonants in order, without the virama between them; ড় ঢ় য় as one letter each
 */
record Akshara(String consonants, char vowel, boolean anusvara) {
    static final char INHERENT = 0;
    static final char NONE = 1;

    boolean inherent() {
        return vowel == INHERENT;
    }

    /** Whether a vowel is written (a sign or an independent vowel), so always said. */
    boolean writtenVowel() {
        return vowel != INHERENT && vowel != NONE;
    }

    /** Two or more consonants together: a conjunct, said with a doubled or clustered sound. */
    boolean conjunct() {
        return consonants.length() > 1;
    }

    boolean isVowelOnly() {
        return consonants.isEmpty();
    }
}
