package gov.ocss.ivr.prompts.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scoring a recogniser's transcript against the words a sound was made from, by the rules of the
 * shared method's {@code textnorm.py} (../shared/voice-intelligibility), so the numbers of
 * {@link IntelligibilityBenchmark} can be set beside the ones measured there: lowercase; clock
 * times, years and other numbers in words ("8:30" is "eight thirty", "1985" "nineteen eighty five",
 * "2504" "two thousand five hundred four", as the line's MoneyWords says it, without "and");
 * "AM"/"a.m." as "a m"; apostrophes dropped ("month's" is "months"); any other mark, hyphens
 * included, a word break ("twenty-one" is two words, whichever way either side wrote it).
 *
 * <p>One deliberate difference: pocketsphinx's alternate-pronunciation marks ("read(2)") are
 * removed before digits become words; textnorm.py spells the digit first, which would turn the mark
 * into the word "two". The Debian pocketsphinx's hypotheses carry no such marks, so the results agree.
 */
final class Transcripts {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final long[] SCALES = {1_000_000_000L, 1_000_000L, 1_000L, 100L};
    private static final String[] SCALE_NAMES = {"billion", "million", "thousand", "hundred"};

    private static final Pattern ALTERNATE_MARK = Pattern.compile("\\(\\d+\\)");
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern DOTTED_MERIDIEM = Pattern.compile("\\b([ap])\\.m\\.");
    private static final Pattern MERIDIEM = Pattern.compile("\\b([ap])m\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]+");

    private Transcripts() {
    }

    /** The words to compare, in order. */
    static List<String> normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        s = ALTERNATE_MARK.matcher(s).replaceAll(" ");
        s = CLOCK.matcher(s).replaceAll(m -> clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        s = DOTTED_MERIDIEM.matcher(s).replaceAll("$1 m ");
        s = MERIDIEM.matcher(s).replaceAll("$1 m");
        s = DIGITS.matcher(s).replaceAll(m -> " " + numberWords(m.group()) + " ");
        s = s.replace("'", "").replace("\u2019", "");
        String spaced = NOT_A_LETTER.matcher(s).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    /** The errors of a minimum-cost word alignment (each substitution, deletion and insertion costs one). */
    record Errors(int substitutions, int deletions, int insertions, int referenceWords) {
        int total() {
            return substitutions + deletions + insertions;
        }

        double rate() {
            return total() / (double) Math.max(1, referenceWords);
        }
    }

    static Errors align(List<String> reference, List<String> hypothesis) {
        int n = reference.size();
        int m = hypothesis.size();
        // Row by row of the edit-distance table; each cell keeps its cost and how it is made up, the
        // cheapest way in being the diagonal (match or substitution), then a deletion, then an insertion.
        int[][] previous = new int[m + 1][];
        for (int j = 0; j <= m; j++) {
            previous[j] = new int[] {j, 0, 0, j};
        }
        for (int i = 1; i <= n; i++) {
            int[][] current = new int[m + 1][];
            current[0] = new int[] {i, 0, i, 0};
            for (int j = 1; j <= m; j++) {
                int[] diagonal = previous[j - 1];
                int[] best = reference.get(i - 1).equals(hypothesis.get(j - 1))
                        ? diagonal
                        : new int[] {diagonal[0] + 1, diagonal[1] + 1, diagonal[2], diagonal[3]};
                int[] up = previous[j];
                if (up[0] + 1 < best[0]) {
                    best = new int[] {up[0] + 1, up[1], up[2] + 1, up[3]};
                }
                int[] left = current[j - 1];
                if (left[0] + 1 < best[0]) {
                    best = new int[] {left[0] + 1, left[1], left[2], left[3] + 1};
                }
                current[j] = best;
            }
            previous = current;
        }
        int[] end = previous[m];
        return new Errors(end[1], end[2], end[3], n);
    }

    static Errors score(String reference, String hypothesis) {
        return align(normalise(reference), normalise(hypothesis));
    }

    private static String clock(int hours, int minutes) {
        if (minutes == 0) {
            return belowHundred(hours);
        }
        return belowHundred(hours) + " " + (minutes >= 10 ? belowHundred(minutes) : "oh " + ONES[minutes]);
    }

    private static String numberWords(String digits) {
        if (digits.length() > 12) {
            // Longer than any amount the line says: spelled digit by digit rather than overflowing.
            List<String> words = new ArrayList<>();
            digits.chars().forEach(c -> words.add(ONES[c - '0']));
            return String.join(" ", words);
        }
        long n = Long.parseLong(digits);
        if (digits.length() == 4 && n >= 1100 && n <= 1999) {
            int high = (int) n / 100;
            int low = (int) n % 100;
            return belowHundred(high) + " " + (low >= 10 ? belowHundred(low) : low == 0 ? "hundred" : "oh " + ONES[low]);
        }
        return cardinal(n);
    }

    static String cardinal(long n) {
        if (n < 100) {
            return belowHundred((int) n);
        }
        List<String> parts = new ArrayList<>();
        long rest = n;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                parts.add(cardinal(rest / SCALES[i]) + " " + SCALE_NAMES[i]);
                rest %= SCALES[i];
            }
        }
        if (rest > 0) {
            parts.add(belowHundred((int) rest));
        }
        return String.join(" ", parts);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
    }
}
