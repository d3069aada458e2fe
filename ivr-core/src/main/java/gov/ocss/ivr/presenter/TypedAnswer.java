package gov.ocss.ivr.presenter;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.Locale;

/**
 * What a text caller typed, as the keys a phone caller would have pressed. A keypad always sends
 * ASCII digits, but a text caller types with their own keyboard: Bengali digits (০-৯), Arabic-Indic
 * or full-width ones. Every decimal digit of any script becomes its ASCII digit here, before
 * anything else sees the answer (validation, the check digit, the PIN hash, the audit), so the rest
 * of the line knows only 0-9.
 *
 * <p>Only decimal digits are changed: superscripts (²), circled (①) and Roman numerals (Ⅳ) have a
 * numeric value too, and letters look like digits (O, l), but none is a digit a caller means to
 * key; they stay as typed and the question refuses them. Whether a character is a decimal digit is
 * read from ICU's Unicode tables, not {@link Character#isDigit}: ICU is one version on every JDK the
 * line runs on, so what a caller may type does not change with the server's JDK.
 */
final class TypedAnswer {
    private TypedAnswer() {
    }

    static String normalise(String typed) {
        String upper = asciiDigits(typed).trim().toUpperCase(Locale.ROOT);
        // A Baudot TTY has no * or # keys: words stand in for them.
        switch (upper) {
            case "R", "REPEAT", "*" -> {
                return "*";
            }
            case "AGENT", "OPERATOR", "REP", "REPRESENTATIVE" -> {
                return "0";
            }
            default -> {
            }
        }
        int hash = upper.indexOf('#');
        String entry = hash >= 0 ? upper.substring(0, hash) : upper;
        // People type case numbers and dates with spaces, dashes, dots or slashes between groups.
        return entry.replaceAll("[\\s\\-./()]", "");
    }

    /** The text with every decimal digit, of whatever script, as its ASCII digit; nothing else changed. */
    static String asciiDigits(String typed) {
        StringBuilder ascii = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (c > 0x7F && UCharacter.getType(c) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + UCharacter.digit(c, 10)));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }
}
