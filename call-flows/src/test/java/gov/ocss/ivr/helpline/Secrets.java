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
 * <p>One pass over the text, each number looked up in a map: a DEBUG log of a few megabytes is
 * searched for a couple of hundred secrets in well under a second.
 */
final class Secrets {
    /** Digit groups joined by a dash, a slash or a space: a number however it was written. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}++(?:[-/ ]\\p{Nd}++)*+");
    private static final Pattern GROUP = Pattern.compile("\\p{Nd}++");
    /**
     * {@code Object.toString()}'s identity hash ({@code PgStatement$StatementResultHandler@80024a6d}):
     * random hex, which spells a 5-digit PIN now and then by chance, so it is left out of the search.
     */
    private static final Pattern IDENTITY_HASH = Pattern.compile("(?<=[\\w$]@)\\p{XDigit}{1,8}\\b");

    /** The secrets by their digits alone. */
    private final Map<String, String> names = new HashMap<>();

    Secrets add(String name, String value) {
        names.putIfAbsent(digitsOf(value), name);
        return this;
    }

    int size() {
        return names.size();
    }

    /** Each secret in each line of the text, as "PIN of person id 12 in the log, line 1234: ...". */
    List<String> foundIn(String where, String text) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = IDENTITY_HASH.matcher(lines[n]).replaceAll("hash");
            List<Found> found = secretsIn(line);
            for (Found secret : found) {
                findings.add(secret.name() + " in " + where + ", line " + (n + 1) + ": " + withoutSecrets(line, found));
            }
        }
        return findings;
    }

    private record Found(String name, int start, int end) {
    }

    /** Every run of the line's digit groups (one group, two in a row...) that spells a secret. */
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
                for (int last = first; last < groups.size(); last++) {
                    int start = groups.get(first)[0];
                    int end = groups.get(last)[1];
                    String name = names.get(digitsOf(line.substring(start, end)));
                    if (name != null) {
                        found.add(new Found(name, start, end));
                    }
                }
            }
        }
        return found;
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
