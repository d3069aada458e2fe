package gov.ocss.ivr.prompts.voice;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Transliterator;
import gov.ocss.ivr.prompts.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the line's sound files are named. Asterisk file names must be plain ASCII, and our files
 * live in a folder of their own ({@value #FOLDER}) inside each language's folder so that they can
 * never shadow Asterisk's own prompts:
 * <ul>
 *   <li>a catalog sentence: {@code ocss/<key>} ({@code ocss/verify-case_number}, then {@code -2},
 *       {@code -3} for the pieces between placeholders);</li>
 *   <li>a word of a number, date or sum: {@code ocss/words/<word>};</li>
 *   <li>a text from the data (an office name): {@code ocss/texts/<text>};</li>
 *   <li>a pause between the parts of a sentence: {@code ocss/pause/short}, {@code medium}, {@code long}
 *       (see {@link Pause}).</li>
 * </ul>
 * Words and texts in another script, or with diacritics, are romanised for the file name and
 * given a short hash of the original, so "një" and "nje" could never share a file.
 */
public final class SoundNames {
    public static final String FOLDER = "ocss";
    private static final String WORDS = FOLDER + "/words/";
    private static final int LONGEST_SLUG = 40;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    /**
     * Slugs already made. Every value the voice line says is spelled out word by word, and ICU's
     * transliteration of each word took a quarter of the server's CPU under load (JFR, ./phoneline
     * load, November 2026); the words are few (those of numbers, dates and office names), so each is
     * romanised once. The bound only guards against a data text that changes on every call.
     * Its upkeep runs on the caller's thread, not on
     * Caffeine's default (the JVM's shared pool), so the cache starts no thread of its own.
     */
    private static final LoadingCache<String, String> SLUGS = Caffeine.newBuilder().maximumSize(20_000)
            .executor(Runnable::run).build(SoundNames::newSlug);
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");
    private static final Pattern DASHES_AT_END = Pattern.compile("-+$");

    private SoundNames() {
    }

    /** The name Asterisk is given: the language folder, then the file. */
    public static String full(Language language, String name) {
        return language.code() + "/" + name;
    }

    static String segment(String key, int piece) {
        return FOLDER + "/" + key.replace('.', '-') + (piece > 1 ? "-" + piece : "");
    }

    static String word(String word) {
        return WORDS + slug(word);
    }

    /** Whether a sound is one word of a value, which is joined to other words in the middle of a phrase. */
    public static boolean isWord(String name) {
        return name.startsWith(WORDS);
    }

    static String text(String text) {
        return FOLDER + "/texts/" + slug(text);
    }

    static String slug(String text) {
        return SLUGS.get(text);
    }

    private static String newSlug(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text);
        }
        String slug = DASHES_AT_ENDS.matcher(NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-")).replaceAll("");
        boolean exact = slug.equals(text.toLowerCase(Locale.ROOT)) && slug.length() <= LONGEST_SLUG;
        if (exact) {
            return slug;
        }
        String shortened = slug.length() > LONGEST_SLUG ? DASHES_AT_END.matcher(slug.substring(0, LONGEST_SLUG)).replaceAll("") : slug;
        return (shortened.isEmpty() ? "" : shortened + "-") + hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
