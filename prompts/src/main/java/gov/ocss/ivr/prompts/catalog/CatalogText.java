package gov.ocss.ivr.prompts.catalog;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Prompts as the sentences the TTY line types, values in figures (see {@link WrittenValues}). */
public final class CatalogText {
    private final PromptCatalog catalog;
    private final Map<Language, WrittenValues> written = new EnumMap<>(Language.class);

    public CatalogText(PromptCatalog catalog, Clock clock) {
        this.catalog = catalog;
        for (Language language : Language.values()) {
            written.put(language, new WrittenValues(language, clock));
        }
    }

    public String text(Prompt prompt, Language language) {
        Template template = catalog.typed(language, prompt.key()).orElseThrow(() -> missing(prompt, language));
        BoundArgs args = BoundArgs.bind(prompt, template);
        StringBuilder text = new StringBuilder();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal literal) {
                text.append(literal.text());
            } else if (part instanceof Template.Placeholder placeholder) {
                text.append(written.get(language).write(placeholder.type(), args.get(placeholder)));
            } else if (part instanceof Template.Include include) {
                text.append(text(Prompt.of(include.key()), include.language()));
            }
        }
        return text.toString();
    }

    static IllegalArgumentException missing(Prompt prompt, Language language) {
        return new IllegalArgumentException("no prompt '" + prompt.key() + "' in the " + language.code() + " catalog");
    }
}
