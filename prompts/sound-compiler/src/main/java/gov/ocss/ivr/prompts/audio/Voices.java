package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which voice speaks each language. */
public final class Voices implements AutoCloseable {

    private final Map<Language, Voice> byLanguage;

    public Voices(Map<Language, Voice> byLanguage) {
        this.byLanguage = new EnumMap<>(byLanguage);
    }

    /** FreeTTS's kevin for English; espeak-ng for Bengali and Albanian, which FreeTTS does not speak. */
    public static Voices standard() {
        return new Voices(Map.of(
                Language.ENGLISH, new FreeTtsVoice(),
                Language.BENGALI, new EspeakVoice("bn"),
                Language.ALBANIAN, new EspeakVoice("sq")));
    }

    public Optional<Voice> of(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Voice::close);
    }
}
