package gov.ocss.ivr.prompts;

import gov.ocss.ivr.prompts.catalog.CatalogText;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.voice.CatalogVoice;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The line's renderer: the catalog's sentences as typed text and as sound files. */
public final class CatalogRenderer implements PromptRenderer {
    private final CatalogText text;
    private final CatalogVoice voice;
    /**
     * Prompts without values (greetings, menus, questions: most of what a call hears) render the same
     * every time, and rendering them was a sixth of the server's CPU under load (JFR, ./phoneline
     * load, November 2026), so each is rendered once per language. Prompts with values are not kept:
     * a date says its year only when it is not this year's.
     */
    private final Map<FixedPrompt, String> fixedTexts = new ConcurrentHashMap<>();
    private final Map<FixedPrompt, List<String>> fixedSounds = new ConcurrentHashMap<>();

    private record FixedPrompt(String key, Language language) {
    }

    public CatalogRenderer(PromptCatalog catalog, Clock clock) {
        this.text = new CatalogText(catalog, clock);
        this.voice = new CatalogVoice(catalog, clock);
    }

    public static CatalogRenderer standard(Clock clock) {
        return new CatalogRenderer(PromptCatalog.standard(), clock);
    }

    @Override
    public String text(Prompt prompt, Language language) {
        if (prompt.args().isEmpty()) {
            return fixedTexts.computeIfAbsent(new FixedPrompt(prompt.key(), language), fixed -> text.text(prompt, language));
        }
        return text.text(prompt, language);
    }

    @Override
    public List<String> sounds(Prompt prompt, Language language) {
        if (prompt.args().isEmpty()) {
            return fixedSounds.computeIfAbsent(new FixedPrompt(prompt.key(), language),
                    fixed -> List.copyOf(voice.sounds(prompt, language)));
        }
        return voice.sounds(prompt, language);
    }
}
