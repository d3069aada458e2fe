package gov.ocss.ivr.presenter;

import com.ibm.icu.text.Transliterator;
import gov.ocss.ivr.prompts.Memo;
import java.util.Locale;
import java.util.Optional;

/**
 * What a text channel can show. A Baudot TDD (the default: most TTYs in homes) shows only upper-case
 * ASCII letters, digits and a little punctuation, so Bengali is romanised and Albanian loses its
 * diacritics; a real-time-text channel shows any UTF-8.
 */
public enum TextProfile {
    BAUDOT,
    UTF8;

    /** The figures a US TTY (TIA-825-A) can send besides letters, digits and space. */
    private static final String BAUDOT_PUNCTUATION = "-$'!:(\")=?+/.,;";
    private static final Transliterator TO_ASCII_CAPITALS = Transliterator.getInstance("Any-Latin; Latin-ASCII; Upper");

    /** The profile a dialplan argument names ({@code baudot} or {@code utf8}); Baudot when unsure. */
    public static TextProfile named(String name) {
        return Optional.ofNullable(name).map(n -> n.trim().toLowerCase(Locale.ROOT))
                .filter("utf8"::equals).map(n -> UTF8).orElse(BAUDOT);
    }

    /**
     * Sentences already made Baudot. ICU's transliteration took a sixth of the server's CPU under
     * load although only one call in ten was on the TTY line (JFR, ./phoneline load, November 2026);
     * most of what the line prints (menus, questions) is the same sentence every time. Bounded,
     * because sentences with amounts and dates differ from call to call.
     */
    private static final Memo<String, String> BAUDOT_SENTENCES = new Memo<>(10_000, TextProfile::baudot);

    /** The text as this channel can show it. */
    public String render(String text) {
        if (this == UTF8) {
            return text;
        }
        return BAUDOT_SENTENCES.get(text);
    }

    private static String baudot(String text) {
        String ascii;
        if (isAscii(text)) {
            // English needs no transliteration, only capitals: the same result, without ICU's rules.
            ascii = text.toUpperCase(Locale.ROOT);
        } else {
            synchronized (TO_ASCII_CAPITALS) {
                // ICU leaves the Bengali full stop (danda) as it is; without this the sentences would run together.
                ascii = TO_ASCII_CAPITALS.transliterate(text.replace('\u0964', '.'));
            }
        }
        StringBuilder shown = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean showable = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || BAUDOT_PUNCTUATION.indexOf(c) >= 0;
            char out = showable ? c : ' ';
            if (out != ' ' || shown.length() > 0 && shown.charAt(shown.length() - 1) != ' ') {
                shown.append(out);
            }
        }
        return shown.toString().trim();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
