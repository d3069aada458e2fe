package gov.ocss.ivr.prompts;

import java.util.Locale;
import java.util.Optional;

/** The languages the line speaks. The code is the one the ledger stores and Asterisk uses. */
public enum Language {
    ENGLISH("en"),
    BENGALI("bn"),
    ALBANIAN("sq");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
