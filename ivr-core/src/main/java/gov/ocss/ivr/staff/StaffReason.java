package gov.ocss.ivr.staff;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a member of staff did something, as they typed it: required for every action that changes
 * something, kept in the audit trail. It must not carry a social security number: nine digits in a
 * row, or in the 3-2-4 pattern, are refused (the ledger keeps only the last four, and so must we).
 */
public record StaffReason(String text) {
    public static final int SHORTEST = 3;
    public static final int LONGEST = 500;

    private static final Pattern SSN_LIKE = Pattern.compile("(?<!\\d)\\d{3}[- ]?\\d{2}[- ]?\\d{4}(?!\\d)");

    public StaffReason {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        text = text.strip();
    }

    /** What is wrong with {@code typed} as a reason, in words staff can act on; empty if it will do. */
    public static Optional<String> problem(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < SHORTEST) {
            return Optional.of("Please give a reason (at least " + SHORTEST + " characters).");
        }
        if (text.length() > LONGEST) {
            return Optional.of("Please keep the reason under " + LONGEST + " characters.");
        }
        if (SSN_LIKE.matcher(text).find()) {
            return Optional.of("The reason looks like it contains a social security number. Please leave it out.");
        }
        return Optional.empty();
    }
}
