package gov.ocss.ivr.tty;

import java.util.Optional;

/**
 * The 5-bit code of US TTYs (TDDs, TIA-825-A): ITA2's letters, with the figures that American TTYs
 * print ($ # ' " ! : ( ) and a bell) where ITA2 has others. A code means a letter or a figure
 * depending on the last shift sent (LTRS or FIGS); a few codes (space, carriage return, line feed)
 * are the same in both.
 */
final class BaudotCode {
    static final int LTRS = 0x1F;
    static final int FIGS = 0x1B;
    static final int SPACE = 0x04;

    /** Index = code. {@code 0} marks a code with no character in that shift. */
    private static final char[] LETTERS = {
            0, 'E', '\n', 'A', ' ', 'S', 'I', 'U', '\r', 'D', 'R', 'J', 'N', 'F', 'C', 'K',
            'T', 'Z', 'L', 'W', 'H', 'Y', 'P', 'Q', 'O', 'B', 'G', 0, 'M', 'X', 'V', 0};
    private static final char[] FIGURES = {
            0, '3', '\n', '-', ' ', '\u0007', '8', '7', '\r', '$', '4', '\'', ',', '!', ':', '(',
            '5', '"', ')', '2', '#', '6', '0', '1', '9', '?', '&', 0, '.', '/', ';', 0};

    enum Shift { LETTERS, FIGURES }

    /** A character's code and the shift it needs (none for space, CR and LF). */
    record Code(int bits, Optional<Shift> shift) {
    }

    private BaudotCode() {
    }

    /** The code of {@code c} (upper-cased); empty for a character a TTY cannot print. */
    static Optional<Code> of(char c) {
        char upper = Character.toUpperCase(c);
        for (int bits = 0; bits < 32; bits++) {
            boolean letter = LETTERS[bits] == upper && upper != 0;
            boolean figure = FIGURES[bits] == upper && upper != 0;
            if (letter && figure) {
                return Optional.of(new Code(bits, Optional.empty()));
            }
            if (letter) {
                return Optional.of(new Code(bits, Optional.of(Shift.LETTERS)));
            }
            if (figure) {
                return Optional.of(new Code(bits, Optional.of(Shift.FIGURES)));
            }
        }
        return Optional.empty();
    }

    /** The character of {@code bits} in {@code shift}; empty for a shift code or a code with none. */
    static Optional<Character> character(int bits, Shift shift) {
        char c = shift == Shift.LETTERS ? LETTERS[bits & 0x1F] : FIGURES[bits & 0x1F];
        return c == 0 ? Optional.empty() : Optional.of(c);
    }
}
