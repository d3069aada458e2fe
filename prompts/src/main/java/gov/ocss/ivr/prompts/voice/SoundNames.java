package gov.ocss.ivr.prompts.voice;

import com.ibm.icu.text.Transliterator;
import gov.ocss.ivr.prompts.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How the line's sound files are named. Asterisk file names must be plain ASCII, and our files
 * live in a folder of their own ({@value #FOLDER}) inside each language's folder so that they can
 * never shadow Asterisk's own prompts:
 * <ul>
 *   <li>a catalog sentence: {@code ocss/<key>} ({@code ocss/verify-case_number}, then {@code -2},
 *       {@code -3} for the pieces between placeholders);</li>
 *   <li>a word of a number, date or sum: {@code ocss/words/<word>};</li>
 *   <li>a text from the data (an office name): {@code ocss/texts/<text>}.</li>
 * </ul>
 * Words and texts in another script, or with diacritics, are romanised for the file name and
 * given a short hash of the original, so "një" and "nje" could never share a file.
 */
public final class SoundNames {
    public static final String FOLDER = "ocss";
    private static final int LONGEST_SLUG = 40;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

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
        return FOLDER + "/words/" + slug(word);
    }

    static String text(String text) {
        return FOLDER + "/texts/" + slug(text);
    }

    static String slug(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text);
        }
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        boolean exact = slug.equals(text.toLowerCase(Locale.ROOT)) && slug.length() <= LONGEST_SLUG;
        if (exact) {
            return slug;
        }
        String shortened = slug.length() > LONGEST_SLUG ? slug.substring(0, LONGEST_SLUG).replaceAll("-+$", "") : slug;
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
