package gov.ocss.ivr.prompts.catalog;

import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import java.util.HashMap;
import java.util.Map;

/**
 * A prompt's values matched to its sentence's placeholders. A missing, surplus or mistyped value
 * is a bug in the flow and is refused at once, so a caller never hears a sentence with a hole.
 */
public final class BoundArgs {
    private final Map<String, PromptArg> byName;

    private BoundArgs(Map<String, PromptArg> byName) {
        this.byName = byName;
    }

    public static BoundArgs bind(Prompt prompt, Template template) {
        Map<String, PromptArg> given = new HashMap<>();
        for (PromptArg arg : prompt.args()) {
            if (given.put(arg.name(), arg) != null) {
                throw new IllegalArgumentException(prompt.key() + ": two values named " + arg.name());
            }
        }
        Map<String, PlaceholderType> wanted = template.placeholders();
        for (Map.Entry<String, PlaceholderType> placeholder : wanted.entrySet()) {
            PromptArg arg = given.get(placeholder.getKey());
            if (arg == null || !placeholder.getValue().accepts(arg)) {
                throw new IllegalArgumentException(prompt.key() + ": {" + placeholder.getKey() + ":"
                        + placeholder.getValue().code() + "} needs a value of that type, got " + describe(arg));
            }
        }
        if (!wanted.keySet().containsAll(given.keySet())) {
            throw new IllegalArgumentException(prompt.key() + ": values " + given.keySet()
                    + " but the sentence has placeholders " + wanted.keySet());
        }
        return new BoundArgs(given);
    }

    public PromptArg get(Template.Placeholder placeholder) {
        return byName.get(placeholder.name());
    }

    // The type only: the value may be a caller's own data.
    private static String describe(PromptArg arg) {
        return arg == null ? "none" : arg.getClass().getSimpleName();
    }
}
