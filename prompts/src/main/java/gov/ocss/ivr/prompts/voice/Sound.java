package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sound file the voice line can play.
 *
 * @param language whose folder the file lives in ({@code <sounds>/<language code>/...})
 * @param name     the Asterisk sound name below that folder, ASCII, without extension, e.g. {@code ocss/greeting}
 * @param text     the words the file says, in the language's own script: what a synthesiser or a studio speaks
 */
public record Sound(Language language, String name, String text) {
    /** Compiled once: every sound of every prompt is checked as it is made, thousands a second under load. */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_./-]*");

    public Sound {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a safe ASCII sound name: " + name);
        }
    }
}
