package gov.ocss.ivr.presenter.bengali;

/**
 * The consonants of one syllable as they are said. Most conjuncts say each letter (ন্ত NT, গ্র GR),
 * but some do not say what they write:
 * <ul>
 *   <li>য-ফলা (্য) doubles the consonant after a vowel (জন্য JONNO, তথ্য TOTTHO) and at the start of
 *       a word is the vowel of English "cat" (ব্যালান্স BALANS, হ্যাশ HASH); after র it is the
 *       consonant য (পর্যন্ত PORJONTO);</li>
 *   <li>ব-ফলা (্ব) is silent, doubling the consonant inside a word (বিশ্বাস BISSHASH), but ম্ব and র্ব
 *       say it (নম্বর NOMBOR, সর্বশেষ SHORBOSHESH);</li>
 *   <li>ক্ষ is KH at the start and KKH inside a word (অপেক্ষা OPEKKHA), জ্ঞ G and GG, চ্ছ CHH, ঙ্গ NG,
 *       ঙ্ক NK, ঞ্চ NCH, ঞ্জ NJ;</li>
 *   <li>স in a cluster is S (স্থানীয় STHANIO, ট্যাক্স TAKS) but স্ব is SH (স্বাগতম SHAGOTOM).</li>
 * </ul>
 */
final class Clusters {

    /** A syllable's consonants as said, and whether য-ফলা makes its vowel that of "cat". */
    record Said(String letters, boolean yaPhalaAtStart) {
    }

    private Clusters() {
    }

    /**
     * @param atStart     the syllable begins the word
     * @param afterVowel  a said vowel comes just before it (no consonant, no ং)
     */
    static Said of(String consonants, boolean atStart, boolean afterVowel) {
        String reph = "";
        String rest = consonants;
        if (rest.length() > 1 && rest.charAt(0) == Letters.RA) {
            // Reph: র said before the rest; র্য is R and the consonant য, not a য-ফলা.
            reph = "R";
            rest = rest.substring(1);
        }
        boolean yaPhala = rest.length() > 1 && rest.charAt(rest.length() - 1) == Letters.YA;
        if (yaPhala) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int ba = rest.indexOf(Letters.BA, 1);
        boolean baPhala = ba > 0 && rest.charAt(ba - 1) != Letters.MA;
        if (baPhala) {
            rest = rest.substring(0, ba) + rest.substring(ba + 1);
        }
        String letters = letters(rest, atStart || !afterVowel);
        if (atStart) {
            return new Said(reph + letters, yaPhala);
        }
        if ((yaPhala || baPhala) && rest.length() == 1 && afterVowel) {
            // Only after a vowel: after ং or a consonant there is nothing to double against (সংখ্যা SHONGKHA).
            letters = letters.charAt(0) + letters;
        }
        return new Said(reph + letters, false);
    }

    private static String letters(String consonants, boolean notGeminated) {
        StringBuilder said = new StringBuilder();
        boolean cluster = consonants.length() > 1;
        for (int i = 0; i < consonants.length(); i++) {
            char c = consonants.charAt(i);
            char next = i + 1 < consonants.length() ? consonants.charAt(i + 1) : 0;
            String pair = pair(c, next, notGeminated);
            if (pair != null) {
                said.append(pair);
                i++;
            } else if (c == Letters.SA && cluster) {
                said.append('S');
            } else {
                said.append(Letters.consonant(c));
            }
        }
        return said.toString();
    }

    private static String pair(char c, char next, boolean notGeminated) {
        return switch (c + "" + next) {
            case "কষ" -> notGeminated ? "KH" : "KKH";
            case "জঞ" -> notGeminated ? "G" : "GG";
            case "চছ" -> "CHH";
            case "ঙগ" -> "NG";
            case "ঙক" -> "NK";
            case "ঞচ" -> "NCH";
            case "ঞজ" -> "NJ";
            default -> null;
        };
    }
}
