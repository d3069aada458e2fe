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

    /**
     * Keys 0 to 9 only. A text caller's Bengali or full-width digits were made ASCII by the presenter
     * before the answer got here (see {@code presenter.TypedAnswer}); anything else that is not 0-9
     * (a superscript, a letter O) is no key a caller meant, and is refused.
     */
    public static Question digits(Prompt prompt, Prompt help, int minKeys, int maxKeys) {
        return new Question(prompt, help, minKeys, maxKeys, keys -> keys.chars().allMatch(c -> c >= '0' && c <= '9'));
    }

    public Question validatedBy(Predicate<String> check) {
        return new Question(prompt, help, minKeys, maxKeys, valid.and(check));
    }

    boolean accepts(String keys) {
        return keys.length() >= minKeys && keys.length() <= maxKeys && valid.test(keys);
    }
}
