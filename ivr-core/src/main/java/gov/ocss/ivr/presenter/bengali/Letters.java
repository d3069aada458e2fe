package gov.ocss.ivr.presenter.bengali;

import java.util.Map;

/**
 * The sound of each Bengali letter as Bengali speakers spell it in Latin letters when they chat:
 * চ CH, ছ CHH, শ and ষ SH, জ and য J, ফ F, the vowel অ O. স is SH on its own (সময় SHOMOY) and S
 * inside a cluster (স্থানীয় STHANIO, ট্যাক্স TAKS), which {@link Clusters} decides.
 */
final class Letters {
    static final char VIRAMA = '\u09CD';
    static final char NUKTA = '\u09BC';
    static final char ANUSVARA = '\u0982';
    static final char VISARGA = '\u0983';
    static final char CHANDRABINDU = '\u0981';
    static final char KHANDA_TA = '\u09CE';
    static final char YA = '\u09AF';
    static final char RA = '\u09B0';
    static final char BA = '\u09AC';
    static final char MA = '\u09AE';
    static final char SA = '\u09B8';
    static final char KA = '\u0995';
    static final char HA = '\u09B9';
    static final char TA = '\u09A4';
    /** য় written as one letter; Unicode normalisation writes it য + nukta, and so does {@link Aksharas}. */
    static final char YYA = '\u09DF';
    static final char INDEPENDENT_O = '\u0993';
    static final char SIGN_AA = '\u09BE';
    static final char SIGN_I = '\u09BF';
    static final char SIGN_II = '\u09C0';
    static final char SIGN_E = '\u09C7';

    private static final Map<Character, String> CONSONANTS = Map.ofEntries(
            Map.entry('ক', "K"), Map.entry('খ', "KH"), Map.entry('গ', "G"), Map.entry('ঘ', "GH"), Map.entry('ঙ', "NG"),
            Map.entry('চ', "CH"), Map.entry('ছ', "CHH"), Map.entry('জ', "J"), Map.entry('ঝ', "JH"), Map.entry('ঞ', "N"),
            Map.entry('ট', "T"), Map.entry('ঠ', "TH"), Map.entry('ড', "D"), Map.entry('ঢ', "DH"), Map.entry('ণ', "N"),
            Map.entry('ত', "T"), Map.entry('থ', "TH"), Map.entry('দ', "D"), Map.entry('ধ', "DH"), Map.entry('ন', "N"),
            Map.entry('প', "P"), Map.entry('ফ', "F"), Map.entry('ব', "B"), Map.entry('ভ', "BH"), Map.entry('ম', "M"),
            Map.entry('য', "J"), Map.entry('র', "R"), Map.entry('ল', "L"), Map.entry('শ', "SH"), Map.entry('ষ', "SH"),
            Map.entry('স', "SH"), Map.entry('হ', "H"), Map.entry('\u09DC', "R"), Map.entry('\u09DD', "RH"), Map.entry(YYA, "Y"),
            Map.entry(KHANDA_TA, "T"));

    /** Vowel signs, and the independent vowels that begin a syllable. */
    private static final Map<Character, String> VOWELS = Map.ofEntries(
            Map.entry(SIGN_AA, "A"), Map.entry(SIGN_I, "I"), Map.entry(SIGN_II, "I"), Map.entry('\u09C1', "U"),
            Map.entry('\u09C2', "U"), Map.entry('\u09C3', "RI"), Map.entry('\u09C4', "RI"), Map.entry(SIGN_E, "E"),
            Map.entry('\u09C8', "OI"), Map.entry('\u09CB', "O"), Map.entry('\u09CC', "OU"), Map.entry('\u09D7', "OU"),
            Map.entry('অ', "O"), Map.entry('আ', "A"), Map.entry('ই', "I"), Map.entry('ঈ', "I"), Map.entry('উ', "U"),
            Map.entry('ঊ', "U"), Map.entry('ঋ', "RI"), Map.entry('ঌ', "LI"), Map.entry('এ', "E"), Map.entry('ঐ', "OI"),
            Map.entry(INDEPENDENT_O, "O"), Map.entry('ঔ', "OU"));

    private Letters() {
    }

    static boolean isConsonant(char c) {
        return CONSONANTS.containsKey(c);
    }

    static boolean isVowelSign(char c) {
        return c >= '\u09BE' && c <= '\u09CC' && c != VIRAMA || c == '\u09D7';
    }

    static boolean isIndependentVowel(char c) {
        return c >= '\u0985' && c <= '\u0994';
    }

    static boolean isDigit(char c) {
        return c >= '\u09E6' && c <= '\u09EF';
    }

    /** A letter or sign that belongs inside a word: the Bengali block but its digits and signs of currency. */
    static boolean isWordPart(char c) {
        return c >= '\u0980' && c <= '\u09E5' || c == '\u200C' || c == '\u200D';
    }

    static String consonant(char c) {
        return CONSONANTS.get(c);
    }

    static String vowel(char c) {
        return VOWELS.getOrDefault(c, "");
    }

    /** The letter with a nukta as the one letter it is: ড় ঢ় য়. */
    static char withNukta(char base) {
        return switch (base) {
            case 'ড' -> '\u09DC';
            case 'ঢ' -> '\u09DD';
            case YA -> YYA;
            default -> base;
        };
    }
}
