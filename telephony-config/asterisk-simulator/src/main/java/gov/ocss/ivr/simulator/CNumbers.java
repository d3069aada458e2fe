package gov.ocss.ivr.simulator;

import java.util.OptionalLong;

/**
 * Numbers read from AGI arguments the way res_agi.c reads them. Its handlers use C's
 * {@code atoi} (garbage reads as 0: {@code GET DATA f abc} waits 0 ms) or {@code sscanf("%d")}
 * (no leading number is a usage error, trailing garbage is ignored: {@code 100abc} is 100).
 */
final class CNumbers {
    private CNumbers() {
    }

    /** C's {@code atoi}: leading blanks, optional sign, digits; anything else ends the number. */
    static int atoi(String s) {
        OptionalLong n = scan(s);
        return n.isPresent() ? clampToInt(n.getAsLong()) : 0;
    }

    /** C's {@code sscanf(s, "%d")}: empty when no number starts the string. */
    static OptionalLong scanInt(String s) {
        OptionalLong n = scan(s);
        return n.isPresent() ? OptionalLong.of(clampToInt(n.getAsLong())) : n;
    }

    /** C's {@code sscanf(s, "%ld")}. */
    static OptionalLong scanLong(String s) {
        return scan(s);
    }

    private static OptionalLong scan(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long value = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (value < Long.MAX_VALUE / 10) {
                value = value * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == start) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(negative ? -value : value);
    }

    private static int clampToInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }
}
