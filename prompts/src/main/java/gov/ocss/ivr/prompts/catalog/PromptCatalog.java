package gov.ocss.ivr.prompts.catalog;

import gov.ocss.ivr.prompts.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every sentence the line says, per language, read from {@code catalog/<code>.properties}
 * (UTF-8). A key may have a TTY wording under {@code <key>.tty} ("type 1" instead of
 * "press 1"); without one the TTY line writes what the voice line says.
 */
public final class PromptCatalog {

    /** Suffix of the wording for the TTY line, where callers type rather than press. */
    public static final String TTY_SUFFIX = ".tty";

    private final Map<Language, Map<String, Template>> spoken;
    private final Map<Language, Map<String, Template>> typed;

    private PromptCatalog(Map<Language, Map<String, Template>> spoken, Map<Language, Map<String, Template>> typed) {
        this.spoken = spoken;
        this.typed = typed;
    }

    /** The catalog shipped in this module. */
    public static PromptCatalog standard() {
        return Holder.STANDARD;
    }

    /** Reads one properties file per language from the class path folder {@code folder}. */
    public static PromptCatalog load(String folder) {
        Map<Language, Map<String, Template>> spoken = new EnumMap<>(Language.class);
        Map<Language, Map<String, Template>> typed = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Template> voice = new TreeMap<>();
            Map<String, Template> tty = new TreeMap<>();
            read(folder + "/" + language.code() + ".properties").forEach((key, text) -> {
                Template template = parse(language, key, text);
                if (key.endsWith(TTY_SUFFIX)) {
                    tty.put(key.substring(0, key.length() - TTY_SUFFIX.length()), template);
                } else {
                    voice.put(key, template);
                }
            });
            spoken.put(language, Map.copyOf(voice));
            typed.put(language, Map.copyOf(tty));
        }
        return new PromptCatalog(spoken, typed);
    }

    public Set<String> keys(Language language) {
        return new TreeSet<>(spoken.get(language).keySet());
    }

    /** Keys that have a wording of their own for the TTY line. */
    public Set<String> ttyKeys(Language language) {
        return new TreeSet<>(typed.get(language).keySet());
    }

    public Optional<Template> spoken(Language language, String key) {
        return Optional.ofNullable(spoken.get(language).get(key));
    }

    /** The TTY wording, or the spoken one when the two are the same. */
    public Optional<Template> typed(Language language, String key) {
        return Optional.ofNullable(typed.get(language).get(key)).or(() -> spoken(language, key));
    }

    private static Template parse(Language language, String key, String text) {
        try {
            return Template.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(language.code() + ".properties, " + key + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(String resource) {
        InputStream in = PromptCatalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no prompt catalog at " + resource);
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((key, value) -> entries.put((String) key, ((String) value).strip()));
        return entries;
    }

    private static final class Holder {
        static final PromptCatalog STANDARD = load("/gov/ocss/ivr/prompts/catalog");
    }
}
