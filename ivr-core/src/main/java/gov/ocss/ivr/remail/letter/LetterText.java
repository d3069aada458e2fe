package gov.ocss.ivr.remail.letter;

import gov.ocss.ivr.prompts.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording of the PIN letter in each language ({@code letter/<code>.properties}, UTF-8), with {@code {name}} values. */
final class LetterText {
    private static final Pattern VALUE = Pattern.compile("\\{([a-z]+)}");
    private static final Map<Language, Properties> TEXTS = load();

    private LetterText() {
    }

    /** The sentence {@code key} in {@code language} with its values filled in. */
    static String of(Language language, String key, Map<String, String> values) {
        String template = TEXTS.get(language).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no letter text " + key + " in " + language.code());
        }
        Matcher matcher = VALUE.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("letter text " + key + " needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** The keys of one language, to check every language has the same. */
    static java.util.Set<String> keys(Language language) {
        return TEXTS.get(language).stringPropertyNames();
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = language.code() + ".properties";
            try (InputStream in = LetterText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the letter has no wording in " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
