package gov.ocss.ivr.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns into stars every number in a log text that could be a secret a caller keyed or the ledger
 * holds: a PIN (5 digits), a ZIP code, a case number (10 digits, also typed {@code 523-629-5464} or
 * {@code 6910 461 323}), an SSN ({@code 123-45-6789} or 9 digits), a date of birth ({@code 1980-01-15},
 * {@code 01/15/1980}, {@code 01151980}, {@code 15.01.1980}, {@code 1/5/80}). A number is its digits with
 * the {@code -}, {@code /} or {@code .} between them; numbers one space apart count as one.
 *
 * <p>We cannot tell a PIN from any other 5-digit number, so the rule is by shape, not by meaning, and
 * deliberately simple enough to predict:
 * <ul>
 *   <li>masked: 5 digits or more, or three groups joined by {@code -} or {@code /} (a date);
 *   <li>kept: up to 4 digits (counts, milliseconds, the 4-digit ports 4573, 8080 and 5432, years, times,
 *       and so also the last four digits of an SSN, which the ledger holds but the server never reads);
 *   <li>kept: numbers with dots ({@code 1700000000.123}, Asterisk's unique id of a call, which every call's
 *       log lines need; addresses {@code 127.0.0.1}; versions {@code 17.0.12}; decimals), except a
 *       dotted date ({@code 15.01.1980});
 *   <li>kept: numbers glued to a letter or {@code _} (hex hashes {@code @5f3a2b1c}, temporary folders
 *       {@code ivr-demo-db8273645}, UUIDs, a timestamp {@code 2026-11-23T10:00:00});
 *   <li>kept: a month ({@code 2026-11}), a port after an address or in a URL ({@code 10.0.0.5:51234},
 *       {@code jdbc:postgresql://db:54321/ledger}), and a number called a port or a PID ({@code port 54321}).
 * </ul>
 * So an SQLState ({@code 23505}), an Asterisk channel's sequence ({@code PJSIP/carrier-00000001})
 * or a count of 10,000 or more written without separators is masked too: a small loss beside a PIN in a
 * log, and our own log lines write large counts with separators ({@code 31,819 rows}). Digits of every script count ({@code ৮০০২৪} is a number).
 */
public final class SecretMasking {
    static final int SHORTEST_SECRET = 5;
    /** The fewest digits anything masked has: a date written 1/5/80. */
    private static final int FEWEST_DIGITS_MASKED = 4;
    private static final char STAR = '*';
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}++(?:[-/.]\\p{Nd}++)*+");
    /** With a 4-digit year only: 17.0.12 is Java's version, not a date. */
    private static final Pattern DOTTED_DATE = Pattern.compile("\\p{Nd}{1,2}\\.\\p{Nd}{1,2}\\.\\p{Nd}{4}");
    /** A month ({@code 2026-11}): the demo data's anchor, a statement's month; no secret has this shape. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])");
    private static final Pattern IPV4 = Pattern.compile("(?:\\d{1,3}\\.){3}\\d{1,3}");
    /** "port 54321", "port=54321", "PID 12345": said to be a port or a process, so no caller's keys. */
    private static final Pattern NAMED_PORT_OR_PID = Pattern.compile("(?i)(?<![\\p{L}_])(?:port|pid)(?:[ =]|: ?)$");

    private SecretMasking() {
    }

    /** The text with every number that could be a secret in stars; the same instance when there is none. */
    public static String mask(String text) {
        if (text == null || digitsIn(text) < FEWEST_DIGITS_MASKED) {
            return text;
        }
        Masked masked = new Masked(text);
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (couldBeASecret(text, number.start(), number.end())) {
                masked.add(number.start(), number.end());
            } else {
                masked.endRun();
            }
        }
        return masked.result();
    }

    /**
     * The fast path: most log lines carry no digit or too few to hide anything, and a loop over the
     * characters costs a few nanoseconds where the pattern costs a microsecond.
     */
    private static int digitsIn(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c)) {
                digits++;
            }
        }
        return digits;
    }

    private static boolean couldBeASecret(String text, int start, int end) {
        if (start > 0 && isWordChar(text.charAt(start - 1)) || end < text.length() && isWordChar(text.charAt(end))) {
            return false;
        }
        if (text.indexOf('.', start) >= 0 && text.indexOf('.', start) < end) {
            return DOTTED_DATE.matcher(text).region(start, end).matches();
        }
        return !YEAR_MONTH.matcher(text).region(start, end).matches() && !isAPort(text, start, end);
    }

    /**
     * A port after an address ({@code 10.0.0.5:51234}, {@code [::1]:51234}) or a URL's host
     * ({@code jdbc:postgresql://db:54321/ledger}), or a number called a port or a PID: where a
     * connection came from or failed to go, which no caller's keys can be. Not after any other colon:
     * {@code pin:12345} is masked.
     */
    private static boolean isAPort(String text, int start, int end) {
        if (start == 0 || end - start > 7) {
            return false;
        }
        if (NAMED_PORT_OR_PID.matcher(text).region(Math.max(0, start - 6), start).useTransparentBounds(true).find()) {
            return true;
        }
        if (text.charAt(start - 1) != ':' || end - start > 5) {
            return false;
        }
        int colon = start - 1;
        int hostStart = colon;
        while (hostStart > 0 && isHostChar(text.charAt(hostStart - 1))) {
            hostStart--;
        }
        String host = text.substring(hostStart, colon);
        return IPV4.matcher(host).matches() || colon > 0 && text.charAt(colon - 1) == ']'
                || hostStart >= 2 && text.startsWith("//", hostStart - 2) && !host.isEmpty();
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** Numbers that could be secrets, gathered into runs (one space apart) and starred run by run. */
    private static final class Masked {
        private final String text;
        private char[] chars;
        private int runStart = -1;
        private int runEnd;
        private int runDigits;
        private boolean runHasADate;

        Masked(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            if (runStart < 0 || start != runEnd + 1 || text.charAt(runEnd) != ' ') {
                endRun();
                runStart = start;
            }
            runEnd = end;
            int joiners = 0;
            for (int i = start; i < end; i++) {
                if (Character.isDigit(text.charAt(i))) {
                    runDigits++;
                } else {
                    joiners++;
                }
            }
            runHasADate |= joiners >= 2;
        }

        void endRun() {
            if (runStart >= 0 && (runDigits >= SHORTEST_SECRET || runHasADate)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int i = runStart; i < runEnd; i++) {
                    if (Character.isDigit(chars[i])) {
                        chars[i] = STAR;
                    }
                }
            }
            runStart = -1;
            runDigits = 0;
            runHasADate = false;
        }

        String result() {
            endRun();
            return chars == null ? text : new String(chars);
        }
    }
}
