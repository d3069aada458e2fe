package gov.ocss.ivr.helpline;

import gov.ocss.ivr.app.logging.SecretMasking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a test used (PINs, case numbers, dates of birth, whatever digits were keyed), each with
 * a name, and where any of them shows in a text: as a number of its own (not inside a longer one), with
 * or without the dashes, slashes or spaces it may be written with ({@code 523-629-5464}, {@code 01/15/1980}
 * and {@code 01151980} are all found). A finding names the secret and the line, and shows the line with
 * the secret replaced by its name and the rest masked: a failing test must not print what it found.
 *
 * <p>A number of its own is a token of its own: what a caller keys is a run of decimal digits, never a
 * part of a longer word or hexadecimal identifier. So a number is found beside spaces, punctuation,
 * quotes, brackets, {@code =}, {@code :}, {@code -}, a run of masking stars, at either end of a line
 * ({@code PIN 80024}, {@code (80024)}, {@code =80024,}, {@code *****80024}), but not
 * <ul>
 *   <li>glued to a letter, a digit or {@code _} ({@code aed80024}, {@code 80024a6d}, {@code 0x80024},
 *       {@code db80024}): a part of a longer token, as random hex and temporary names are;
 *   <li>inside a hexadecimal token, words of hex digits joined by dashes with a digit and one of the
 *       letters a to f ({@code aed80024-f67b-444c-a28c-1087dd4714b8}, also a UUID whose first group is all digits,
 *       {@code 01151980-f67b-...}): a UUID, a connection id, a hex id in general;
 *   <li>an object's identity hash ({@code Object.toString()}, {@code ...ResultHandler@80024}): random hex
 *       that may have no letter at all.
 * </ul>
 * The same line as {@code SecretMasking}, which keeps numbers glued to a letter: a secret logged glued to a
 * word ({@code pin80024}) would get past both, and is not looked for here, where random identifiers of every
 * alphabet would make findings by chance.
 *
 * <p>One pass over the text, each number looked up in a map: a DEBUG log of a few megabytes is
 * searched for a couple of hundred secrets in well under a second.
 */
final class Secrets {
    /** Digit groups joined by a dash, a slash or a space: a number however it was written. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}++(?:[-/ ]\\p{Nd}++)*+");
    private static final Pattern GROUP = Pattern.compile("\\p{Nd}++");
    /** Words (letters, digits, {@code _}) joined by single dashes, as long as they go. */
    private static final Pattern DASHED_WORDS = Pattern.compile("[\\p{L}\\p{Nd}_]++(?:-[\\p{L}\\p{Nd}_]++)*+");
    /**
     * Hex digits only, with a digit and one of the letters at least: {@code 523-629-5464} is a number, and
     * the words {@code a} or {@code bad} are words (blanked, they would make a finding's line hard to read).
     */
    private static final Pattern HEX_TOKEN =
            Pattern.compile("(?=[^a-fA-F]*+[a-fA-F])(?=[^0-9]*+[0-9])[0-9a-fA-F]++(?:-[0-9a-fA-F]++)*+");
    /**
     * {@code Object.toString()}'s identity hash ({@code PgStatement$StatementResultHandler@80024a6d}):
     * random hex, which spells a 5-digit PIN now and then by chance, with or without a letter.
     */
    private static final Pattern IDENTITY_HASH = Pattern.compile("(?<=[\\w$]@)\\p{XDigit}{1,8}\\b");
    /**
     * The fraction of a second of a time ({@code 10:00:02.02006+00}, a timestamp the driver's TRACE
     * shows bound): the clock's microseconds, which spell a 5-digit PIN now and then by chance.
     */
    private static final Pattern SECOND_FRACTION = Pattern.compile("(?<=\\d:\\d{2}\\.)\\d{1,9}\\b");
    /** What a random identifier is blanked with before the search: no digit, and no finding beside it. */
    private static final char BLANK = 'x';

    /** The secrets by their digits alone. */
    private final Map<String, String> names = new HashMap<>();

    Secrets add(String name, String value) {
        names.putIfAbsent(digitsOf(value), name);
        return this;
    }

    int size() {
        return names.size();
    }

    /**
     * Forgets the secrets whose digits are one of {@code numbers}: numbers the machine chose for this
     * run (a process id, a free port), which a demo PIN may equal by chance. Returns how many.
     */
    int forgetChanceEquals(java.util.Set<String> numbers) {
        int before = names.size();
        names.keySet().removeAll(numbers);
        return before - names.size();
    }

    /** Each secret in each line of the text, as "PIN of person id 12 in the log, line 1234: ...". */
    List<String> foundIn(String where, String text) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            // Shown blanked too: a random identifier may spell a secret's digits, which a finding must not print.
            String line = withoutIdentifiers(lines[n]);
            List<Found> found = secretsIn(line);
            for (Found secret : found) {
                findings.add(secret.name() + " in " + where + ", line " + (n + 1) + ": " + withoutSecrets(line, found));
            }
        }
        return findings;
    }

    private record Found(String name, int start, int end) {
    }

    /**
     * The line with its hexadecimal tokens, identity hashes and fractions of a second blanked, character
     * for character (so a finding's position is the same in the line as logged).
     */
    private static String withoutIdentifiers(String line) {
        StringBuilder blanked = null;
        Matcher words = DASHED_WORDS.matcher(line);
        while (words.find()) {
            if (HEX_TOKEN.matcher(line).region(words.start(), words.end()).matches()) {
                blanked = blank(blanked, line, words.start(), words.end());
            }
        }
        Matcher hash = IDENTITY_HASH.matcher(line);
        while (hash.find()) {
            blanked = blank(blanked, line, hash.start(), hash.end());
        }
        Matcher fraction = SECOND_FRACTION.matcher(line);
        while (fraction.find()) {
            blanked = blank(blanked, line, fraction.start(), fraction.end());
        }
        return blanked == null ? line : blanked.toString();
    }

    private static StringBuilder blank(StringBuilder blanked, String line, int start, int end) {
        StringBuilder chars = blanked == null ? new StringBuilder(line) : blanked;
        for (int i = start; i < end; i++) {
            chars.setCharAt(i, BLANK);
        }
        return chars;
    }

    /**
     * Every run of the line's digit groups (one group, two in a row...) that spells a secret and is a
     * token of its own: no letter, digit or {@code _} right before it or right after it.
     */
    private List<Found> secretsIn(String line) {
        List<Found> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(line);
        while (number.find()) {
            List<int[]> groups = new ArrayList<>();
            Matcher group = GROUP.matcher(line).region(number.start(), number.end());
            while (group.find()) {
                groups.add(new int[] {group.start(), group.end()});
            }
            for (int first = 0; first < groups.size(); first++) {
                int start = groups.get(first)[0];
                if (start > 0 && isPartOfAToken(line.codePointBefore(start))) {
                    continue;
                }
                for (int last = first; last < groups.size(); last++) {
                    int end = groups.get(last)[1];
                    if (end < line.length() && isPartOfAToken(line.codePointAt(end))) {
                        continue;
                    }
                    String name = names.get(digitsOf(line.substring(start, end)));
                    if (name != null) {
                        found.add(new Found(name, start, end));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isPartOfAToken(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String withoutSecrets(String line, List<Found> found) {
        StringBuilder shown = new StringBuilder(line);
        found.stream().sorted((a, b) -> b.start() - a.start()).forEach(secret -> {
            for (int i = secret.start(); i < secret.end(); i++) {
                shown.setCharAt(i, '*');
            }
        });
        for (Found secret : found) {
            shown.append(" [").append(secret.name()).append(" at ").append(secret.start()).append(']');
        }
        String masked = SecretMasking.mask(shown.toString());
        return masked.length() > 500 ? masked.substring(0, 500) + "..." : masked;
    }

    private static String digitsOf(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        value.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
        return digits.toString();
    }
}
