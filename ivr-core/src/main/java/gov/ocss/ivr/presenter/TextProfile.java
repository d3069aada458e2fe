package gov.ocss.ivr.presenter;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Transliterator;
import gov.ocss.ivr.presenter.bengali.BengaliRoman;
import java.util.Locale;
import java.util.Optional;

/**
 * What a text channel can show, and how it reaches the caller. A Baudot TDD (most TTYs in homes)
 * shows only upper-case ASCII letters, digits and a little punctuation, so Bengali is written as
 * Bengali speakers write it in Latin letters ({@link BengaliRoman}) and Albanian loses its
 * diacritics; a real-time-text channel shows any UTF-8.
 */
public enum TextProfile {
    /** A TDD behind a channel that speaks Baudot itself (DAHDI's {@code TDD MODE}): text over AGI. */
    BAUDOT,
    /** A client that sends and shows text messages (SIP MESSAGE, real-time text): text over AGI. */
    UTF8,
    /**
     * A TDD on a channel that carries only audio (any SIP call): the server makes and hears the
     * Baudot tones itself, over AudioSocket. It shows what {@link #BAUDOT} shows.
     */
    TONES;

    /** The figures a US TTY (TIA-825-A) can send besides letters, digits and space. */
    private static final String BAUDOT_PUNCTUATION = "-$'!:(\")=?+/.,;";
    /**
     * Albanian's diacritics (ë, ç) and anything else not ASCII in the data. Bengali never reaches it:
     * ICU spells Bengali letter by letter ("APANARA KESA NAMBARA"), which a Bengali reader decodes
     * slowly if at all.
     */
    private static final Transliterator TO_ASCII_CAPITALS = Transliterator.getInstance("Any-Latin; Latin-ASCII; Upper");

    /**
     * The profile a dialplan argument names ({@code baudot}, {@code utf8} or {@code tones}); Baudot
     * when unsure, which is what the line did before it made tones itself.
     */
    public static TextProfile named(String name) {
        String named = Optional.ofNullable(name).map(n -> n.trim().toLowerCase(Locale.ROOT)).orElse("");
        return switch (named) {
            case "utf8" -> UTF8;
            case "tones" -> TONES;
            default -> BAUDOT;
        };
    }

    /** Whether the server itself sends and hears the text, as Baudot tones in the call's audio. */
    /**
     * How long the caller's device takes to show {@code characters}: a Baudot TDD prints about six
     * characters a second (45.45 baud), so a long menu is still printing a minute after it was sent;
     * a real-time-text screen shows it at once.
     */
    public java.time.Duration printing(int characters) {
        return this == UTF8 ? java.time.Duration.ZERO : java.time.Duration.ofMillis(characters * 1000L / 6);
    }

    public boolean isAudio() {
        return this == TONES;
    }

    /**
     * Sentences already made Baudot. ICU's transliteration (then used for Bengali too) took a sixth
     * of the server's CPU under load although only one call in ten was on the TTY line (JFR,
     * ./phoneline load, November 2026); most of what the line prints (menus, questions) is the same
     * sentence every time. Bounded, because sentences with amounts and dates differ from call to
     * call.
     * Its upkeep runs on the caller's thread, not on
     * Caffeine's default (the JVM's shared pool), so the cache starts no thread of its own.
     */
    private static final LoadingCache<String, String> BAUDOT_SENTENCES = Caffeine.newBuilder().maximumSize(10_000)
            .executor(Runnable::run).build(TextProfile::baudot);

    /** The text as this channel can show it. */
    public String render(String text) {
        if (this == UTF8) {
            return text;
        }
        // TONES shows what a TDD shows: it is a TDD, reached another way.
        return BAUDOT_SENTENCES.get(text);
    }

    private static String baudot(String text) {
        String latin = BengaliRoman.hasBengali(text) ? BengaliRoman.romanise(text) : text;
        String ascii;
        if (isAscii(latin)) {
            // English, and Bengali once romanised, need no transliteration, only capitals.
            ascii = latin.toUpperCase(Locale.ROOT);
        } else {
            synchronized (TO_ASCII_CAPITALS) {
                ascii = TO_ASCII_CAPITALS.transliterate(latin);
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
