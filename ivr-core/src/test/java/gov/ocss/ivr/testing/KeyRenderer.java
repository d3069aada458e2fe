package gov.ocss.ivr.testing;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import java.util.List;

/** Until the prompt catalog exists: the key is the text, and the sound is the key under the language's folder. */
public final class KeyRenderer implements PromptRenderer {

    @Override
    public String text(Prompt prompt, Language language) {
        return language.code() + ":" + prompt.key();
    }

    @Override
    public List<String> sounds(Prompt prompt, Language language) {
        return List.of(language.code() + "/" + prompt.key());
    }
}
