package gov.ocss.ivr.prompts;

import gov.ocss.ivr.prompts.catalog.CatalogText;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.voice.CatalogVoice;
import java.time.Clock;
import java.util.List;

/** The line's renderer: the catalog's sentences as typed text and as sound files. */
public final class CatalogRenderer implements PromptRenderer {
    private final CatalogText text;
    private final CatalogVoice voice;

    public CatalogRenderer(PromptCatalog catalog, Clock clock) {
        this.text = new CatalogText(catalog, clock);
        this.voice = new CatalogVoice(catalog, clock);
    }

    public static CatalogRenderer standard(Clock clock) {
        return new CatalogRenderer(PromptCatalog.standard(), clock);
    }

    @Override
    public String text(Prompt prompt, Language language) {
        return text.text(prompt, language);
    }

    @Override
    public List<String> sounds(Prompt prompt, Language language) {
        return voice.sounds(prompt, language);
    }
}
