package gov.ocss.ivr.telephony.real;

import java.util.List;
import java.util.Map;

/**
 * Reads an amount of money back from the English words a caller heard ("two thousand five hundred
 * four dollars and ninety-two cents"), with no code of the line's own: the check that what Asterisk
 * played is the ledger's figure does not rest on the renderer that chose the words.
 */
final class EnglishAmount {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private EnglishAmount() {
    }

    /** Cents, from words such as the above; "a dollar", "one cent", "no cents" and hyphenated tens included. */
    static long cents(List<String> words) {
        long dollars = 0;
        long cents = 0;
        long group = 0;
        long total = 0;
        for (String raw : words) {
            for (String word : raw.toLowerCase().replace("-", " ").split("\\s+")) {
                switch (word) {
                    case "", "and", "a" -> {
                        if (word.equals("a")) {
                            group += 1;
                        }
                    }
                    case "hundred" -> group *= 100;
                    case "thousand" -> {
                        total += group * 1000;
                        group = 0;
                    }
                    case "million" -> {
                        total += group * 1_000_000;
                        group = 0;
                    }
                    case "dollar", "dollars" -> {
                        dollars = total + group;
                        total = 0;
                        group = 0;
                    }
                    case "cent", "cents" -> {
                        cents = total + group;
                        total = 0;
                        group = 0;
                    }
                    default -> {
                        Integer value = SMALL.get(word);
                        if (value == null) {
                            throw new IllegalArgumentException("not a word of an amount: " + word);
                        }
                        group += value;
                    }
                }
            }
        }
        return dollars * 100 + cents;
    }
}
