package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The sound files Asterisk's SAY commands play, following its English rules
 * ({@code ast_say_number_full_en}, {@code ast_say_digit_str}): 1234 is
 * {@code digits/1 digits/thousand digits/2 digits/hundred digits/30 digits/4}.
 */
final class NumberSounds {
    private NumberSounds() {
    }

    static List<String> number(long n) {
        List<String> files = new ArrayList<>();
        if (n == 0) {
            files.add("digits/0");
            return files;
        }
        if (n < 0) {
            files.add("digits/minus");
            n = -n;
        }
        addNumber(n, files);
        return files;
    }

    /** One file per character: digits, {@code *} star, {@code #} pound, {@code -} minus; others are skipped. */
    static List<String> digits(String s) {
        List<String> files = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                files.add("digits/" + c);
            } else if (c == '*') {
                files.add("digits/star");
            } else if (c == '#') {
                files.add("digits/pound");
            } else if (c == '-') {
                files.add("digits/minus");
            }
        }
        return files;
    }

    private static void addNumber(long n, List<String> files) {
        n = addGroup(n, 1_000_000_000L, "digits/billion", files);
        n = addGroup(n, 1_000_000L, "digits/million", files);
        n = addGroup(n, 1_000L, "digits/thousand", files);
        if (n >= 100) {
            files.add("digits/" + n / 100);
            files.add("digits/hundred");
            n %= 100;
        }
        if (n >= 20) {
            files.add("digits/" + (n - n % 10));
            n %= 10;
        }
        if (n > 0) {
            files.add("digits/" + n);
        }
    }

    private static long addGroup(long n, long unit, String word, List<String> files) {
        if (n < unit) {
            return n;
        }
        addNumber(n / unit, files);
        files.add(word);
        return n % unit;
    }
}
