package gov.ocss.ivr.prompts;

import java.util.List;
import java.util.Objects;

/**
 * Something the line says: a key of the prompt catalog and the values for its placeholders.
 * Language-neutral: the same prompt becomes a sentence on the TTY line and sound files on the
 * voice line, in whichever language the caller chose.
 */
public record Prompt(String key, List<PromptArg> args) {

    public Prompt {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Prompt of(String key, PromptArg... args) {
        return new Prompt(key, List.of(args));
    }
}
