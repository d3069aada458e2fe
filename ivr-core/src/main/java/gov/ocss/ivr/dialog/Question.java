package gov.ocss.ivr.dialog;

import gov.ocss.ivr.prompts.Prompt;
import java.util.function.Predicate;

/**
 * A question answered by keying digits (or typing them on the TTY line).
 *
 * @param prompt  the question
 * @param help    the fuller explanation played after a second failed try
 * @param minKeys fewest keys in a valid answer
 * @param maxKeys most keys in a valid answer; entry stops by itself there
 * @param valid   a further check on a complete answer (a check digit, a date that exists)
 */
public record Question(Prompt prompt, Prompt help, int minKeys, int maxKeys, Predicate<String> valid) {

    public Question {
        if (minKeys < 1 || maxKeys < minKeys) {
            throw new IllegalArgumentException("a question takes at least one key, and no fewer than it needs");
        }
    }

    public static Question digits(Prompt prompt, Prompt help, int minKeys, int maxKeys) {
        return new Question(prompt, help, minKeys, maxKeys, keys -> keys.chars().allMatch(Character::isDigit));
    }

    public Question validatedBy(Predicate<String> check) {
        return new Question(prompt, help, minKeys, maxKeys, valid.and(check));
    }

    boolean accepts(String keys) {
        return keys.length() >= minKeys && keys.length() <= maxKeys && valid.test(keys);
    }
}
